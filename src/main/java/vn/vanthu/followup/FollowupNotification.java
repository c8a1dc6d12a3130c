package vn.vanthu.followup;

import java.time.Instant;

/**
 * An in-app notification of the follow-up.
 *
 * @param recipient the username
 * @param taskId the task
 * @param kind REMINDER, OVERDUE or RETURNED
 * @param message the Vietnamese message
 * @param createdAt when
 */
public record FollowupNotification(String recipient, FollowupTaskId taskId, String kind, String message,
		Instant createdAt) {

}
