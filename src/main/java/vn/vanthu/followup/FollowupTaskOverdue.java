package vn.vanthu.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when a task's due date passes while it is open; the notify module may e-mail
 * the recipients (the assigner unit's leaders).
 *
 * @param taskId the task
 * @param dueOn its due date
 * @param recipients who were notified in the application
 */
public record FollowupTaskOverdue(FollowupTaskId taskId, LocalDate dueOn, List<String> recipients) {

	public FollowupTaskOverdue {
		recipients = List.copyOf(recipients);
	}

}
