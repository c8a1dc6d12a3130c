package vn.vanthu.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when a task's reminder fires before its due date.
 *
 * @param taskId the task
 * @param dueOn its due date
 * @param recipients who were reminded in the application (the lead unit's heads)
 */
public record FollowupReminderDue(FollowupTaskId taskId, LocalDate dueOn, List<String> recipients) {

	public FollowupReminderDue {
		recipients = List.copyOf(recipients);
	}

}
