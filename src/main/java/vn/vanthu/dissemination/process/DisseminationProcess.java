package vn.vanthu.dissemination.process;

/** Ids and variable names of {@code bpmn/dissemination.bpmn}. */
public final class DisseminationProcess {

	public static final String KEY = "dissemination";

	public static final String TASK_CONFIRM = "Task_ConfirmRecipients";

	public static final String TASK_ACKNOWLEDGE = "Task_Acknowledge";

	public static final String BOUNDARY_OVERDUE = "BoundaryEvent_ReceiptOverdue";

	public static final String MESSAGE_RECALL = "Message_Recall";

	public static final String DISPATCH_ID = "dispatchId";

	public static final String RECEIPT_ID = "receiptId";

	private DisseminationProcess() {
	}

}
