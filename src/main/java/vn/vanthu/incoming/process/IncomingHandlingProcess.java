package vn.vanthu.incoming.process;

/** Ids and variable names of {@code bpmn/incoming-handling.bpmn}. */
public final class IncomingHandlingProcess {

	public static final String KEY = "incoming-handling";

	public static final String TASK_ASSIGN = "Task_AssignIncoming";

	public static final String TASK_HANDLE = "Task_HandleIncoming";

	public static final String INCOMING_ID = "incomingId";

	private IncomingHandlingProcess() {
	}

	static String businessKey(long incomingId) {
		return "incoming-" + incomingId;
	}

}
