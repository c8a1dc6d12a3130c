package vn.vanthu.dissemination.process;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Starts the "Giải quyết văn bản đến" task of a hand-registered document and finds it, in
 * the caller's transaction.
 */
@Component
public class IncomingHandlingEngine {

	private final RuntimeService runtime;

	private final TaskService tasks;

	IncomingHandlingEngine(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	public void start(long incomingId) {
		this.runtime.startProcessInstanceByKey(IncomingHandlingProcess.KEY,
				IncomingHandlingProcess.businessKey(incomingId),
				Map.of(IncomingHandlingProcess.INCOMING_ID, incomingId));
	}

	/** The open handling task of the entry that the user may work on. */
	public Optional<String> task(long incomingId, String username) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(IncomingHandlingProcess.businessKey(incomingId))
			.taskDefinitionKey(IncomingHandlingProcess.TASK_HANDLE)
			.or()
			.taskAssignee(username)
			.taskCandidateUser(username)
			.endOr()
			.list()
			.stream()
			.findFirst()
			.map(Task::getId);
	}

	public void complete(String taskId) {
		this.tasks.complete(taskId);
	}

}
