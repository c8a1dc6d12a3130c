package vn.vanthu.incoming.process;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.vanthu.platform.process.EngineConflicts;
import vn.vanthu.platform.process.Worklist;

/**
 * Starts the "Giải quyết văn bản đến" task of a hand-registered document and finds it, in
 * the caller's transaction.
 */
@Component
public class IncomingHandlingEngine {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final Worklist worklist;

	IncomingHandlingEngine(RuntimeService runtime, TaskService tasks, Worklist worklist) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.worklist = worklist;
	}

	public void start(long incomingId) {
		this.runtime.startProcessInstanceByKey(IncomingHandlingProcess.KEY,
				IncomingHandlingProcess.businessKey(incomingId),
				Map.of(IncomingHandlingProcess.INCOMING_ID, incomingId));
	}

	/** The open handling task of the entry that the user may work on. */
	public Optional<String> task(long incomingId, String username) {
		return this.worklist
			.openTasks(IncomingHandlingProcess.businessKey(incomingId), IncomingHandlingProcess.TASK_HANDLE, username)
			.stream()
			.findFirst()
			.map(Task::getId);
	}

	public void complete(String taskId) {
		EngineConflicts.complete(() -> this.tasks.complete(taskId),
				"Văn bản đến này vừa được xử lý xong bởi một yêu cầu khác. Tải lại trang để xem trạng thái mới.");
	}

}
