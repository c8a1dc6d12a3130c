package vn.vanthu.followup;

import java.time.Instant;

/**
 * The engine side of a tracked task ({@code directive-follow-up.bpmn}), implemented in
 * {@code followup.process}: the service decides, the process waits, reminds and
 * escalates.
 */
public interface TaskProcesses {

	/** Starts the process of a task; returns the process instance id. */
	String start(Plan plan);

	/** Completes the lead unit's work task (completion reported). */
	void completeWork(String processInstanceId);

	/** Completes the assigner's review: accepted, or returned to the lead unit. */
	void review(String processInstanceId, boolean accepted);

	/** Moves the reminder and due timers (an extension). */
	void moveDeadline(String processInstanceId, Instant dueAt, Instant reminderAt);

	/** Ends the process of a cancelled task. */
	void cancel(String processInstanceId, String reason);

	/**
	 * What a task's process needs.
	 *
	 * @param taskId the task
	 * @param name the work task's name in "Việc cần làm"
	 * @param leadGroups engine groups of the lead unit's head posts (comma-separated)
	 * @param reviewers users who accept or return the completion (comma-separated)
	 * @param dueAt when the task becomes overdue (the end of the due day)
	 * @param reminderAt when to remind the lead unit
	 * @param recurring whether an accepted completion schedules the next occurrence
	 */
	record Plan(FollowupTaskId taskId, String name, String leadGroups, String reviewers, Instant dueAt,
			Instant reminderAt, boolean recurring) {
	}

}
