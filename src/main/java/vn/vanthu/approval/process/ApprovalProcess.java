package vn.vanthu.approval.process;

/** Ids and variable names of {@code bpmn/approval.bpmn}. */
public final class ApprovalProcess {

	public static final String KEY = "approval";

	public static final String TASK_DECIDE = "Task_Decide";

	public static final String TASK_REVISE = "Task_Revise";

	public static final String TASK_ISSUE = "Task_Issue";

	/** The approval case id (long). */
	public static final String APPROVAL_ID = "approvalId";

	/** The last step decided (int); the next-step delegate advances it. */
	public static final String STEP_NO = "stepNo";

	public static final String HAS_NEXT_STEP = "hasNextStep";

	public static final String STEP_LABEL = "stepLabel";

	public static final String STEP_DUE = "stepDue";

	public static final String DRAFTER = "drafter";

	/** APPROVE, RETURN or REJECT. */
	public static final String OUTCOME = "outcome";

	private ApprovalProcess() {
	}

}
