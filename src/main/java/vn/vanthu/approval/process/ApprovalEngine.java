package vn.vanthu.approval.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.vanthu.approval.ApprovalId;
import vn.vanthu.platform.process.Worklist;

/**
 * The approval module's access to the engine: starting the process, finding the open task
 * of a case and whether a user may work on it, completing it. Runs in the caller's
 * transaction (the engine shares Spring's transaction manager).
 */
@Component
public class ApprovalEngine {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final Worklist worklist;

	ApprovalEngine(RuntimeService runtime, TaskService tasks, Worklist worklist) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.worklist = worklist;
	}

	/** Starts the approval process of a case; returns the process instance id. */
	public String start(ApprovalId id, String drafter) {
		Map<String, Object> vars = new HashMap<>();
		vars.put(ApprovalProcess.APPROVAL_ID, id.value());
		vars.put(ApprovalProcess.STEP_NO, 0);
		vars.put(ApprovalProcess.DRAFTER, drafter);
		return this.runtime.startProcessInstanceByKey(ApprovalProcess.KEY, "approval-" + id.value(), vars).getId();
	}

	/** The open task of the case with this definition key, if any. */
	public Optional<String> openTask(ApprovalId id, String taskKey) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey("approval-" + id.value())
			.taskDefinitionKey(taskKey)
			.list()
			.stream()
			.findFirst()
			.map(Task::getId);
	}

	/**
	 * Whether the user is the task's assignee or one of its candidates (by group too).
	 */
	public boolean mayWork(String taskId, String username) {
		return this.worklist.mayWork(taskId, username);
	}

	/** Completes the task, setting the outcome variable (and extra variables). */
	public void complete(String taskId, String outcome, Map<String, Object> extra) {
		Map<String, Object> vars = new HashMap<>(extra);
		if (outcome != null) {
			vars.put(ApprovalProcess.OUTCOME, outcome);
		}
		this.tasks.complete(taskId, vars);
	}

}
