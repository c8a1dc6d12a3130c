package vn.vanthu.incoming.process;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
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

	/** The open assignment task of the entry that the user may work on. */
	public Optional<String> assignTask(long incomingId, String username) {
		return this.worklist
			.openTasks(IncomingHandlingProcess.businessKey(incomingId), IncomingHandlingProcess.TASK_ASSIGN, username)
			.stream()
			.findFirst()
			.map(Task::getId);
	}

	/**
	 * After a re-assignment: the open handling task goes to the new lead unit's heads,
	 * due on the new deadline.
	 */
	public void reassign(long incomingId, List<String> handlers, Date due) {
		for (Task t : this.tasks.createTaskQuery()
			.processInstanceBusinessKey(IncomingHandlingProcess.businessKey(incomingId))
			.taskDefinitionKey(IncomingHandlingProcess.TASK_HANDLE)
			.list()) {
			// saved before the links change: each link change bumps the task's revision
			t.setDueDate(due);
			this.tasks.saveTask(t);
			for (IdentityLink link : this.tasks.getIdentityLinksForTask(t.getId())) {
				if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
					this.tasks.deleteCandidateUser(t.getId(), link.getUserId());
				}
			}
			handlers.forEach((u) -> this.tasks.addCandidateUser(t.getId(), u));
		}
	}

	public void complete(String taskId) {
		EngineConflicts.complete(() -> this.tasks.complete(taskId),
				"Văn bản đến này vừa được xử lý xong bởi một yêu cầu khác. Tải lại trang để xem trạng thái mới.");
	}

}
