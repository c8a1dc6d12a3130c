package vn.vanthu.followup.process;

/** Ids and variable names of {@code bpmn/directive-follow-up.bpmn}. */
public final class DirectiveFollowUpProcess {

	public static final String PROCESS_ID = "directive-follow-up";

	public static final String TASK_CARRY_OUT = "Task_CarryOut";

	public static final String TASK_REVIEW = "Task_ReviewCompletion";

	public static final String TIMER_REMINDER = "BoundaryEvent_Reminder";

	public static final String TIMER_DUE = "BoundaryEvent_Due";

	public static final String MESSAGE_EXTENDED = "FollowupDeadlineExtended";

	public static final String VAR_TASK_ID = "taskId";

	public static final String VAR_TASK_NAME = "taskName";

	public static final String VAR_LEAD_GROUPS = "leadGroups";

	public static final String VAR_REVIEWERS = "reviewers";

	public static final String VAR_DUE_AT = "dueAt";

	public static final String VAR_REMINDER_AT = "reminderAt";

	public static final String VAR_RECURRING = "recurring";

	public static final String VAR_ACCEPTED = "accepted";

	private DirectiveFollowUpProcess() {
	}

	/** The business key of a task's process. */
	public static String businessKey(long taskId) {
		return "followup-" + taskId;
	}

}
