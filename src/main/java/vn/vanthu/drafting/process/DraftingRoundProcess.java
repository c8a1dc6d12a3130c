package vn.vanthu.drafting.process;

/** Ids and variable names of {@code bpmn/drafting-round.bpmn}. */
public final class DraftingRoundProcess {

	public static final String KEY = "drafting-round";

	public static final String TASK_SUBMIT_COMMENT = "Task_SubmitComment";

	public static final String TASK_SYNTHESISE = "Task_Synthesise";

	public static final String SUBPROCESS_COLLECT = "SubProcess_CollectComments";

	public static final String TIMER_DEADLINE = "BoundaryEvent_CommentDeadline";

	public static final String TIMER_REMINDER = "BoundaryEvent_Reminder";

	public static final String MESSAGE_CLOSE = "Message_CloseRound";

	public static final String VAR_ROUND_ID = "roundId";

	public static final String VAR_DRAFT_ID = "draftId";

	public static final String VAR_DRAFTER = "drafter";

	public static final String VAR_RECIPIENTS = "recipients";

	public static final String VAR_DEADLINE = "deadline";

	public static final String VAR_REMIND_AT = "remindAt";

	public static final String VAR_CLOSE_REASON = "closeReason";

	public static final String VAR_DECISION = "decision";

	private DraftingRoundProcess() {
	}

	/** The business key of a round's process instance. */
	public static String businessKey(long roundId) {
		return "round-" + roundId;
	}

}
