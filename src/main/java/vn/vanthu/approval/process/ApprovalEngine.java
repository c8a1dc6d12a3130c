package vn.vanthu.approval.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.vanthu.approval.ApprovalId;
import vn.vanthu.platform.process.EngineConflicts;
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

	private final HistoryService history;

	private final IdentityService identity;

	ApprovalEngine(RuntimeService runtime, TaskService tasks, Worklist worklist, HistoryService history,
			IdentityService identity) {
		this.history = history;
		this.identity = identity;
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

	/**
	 * Whether the user could have worked on the case's last completed task with this
	 * definition key (as its assignee or a candidate, by group too): a request that
	 * arrives just after the user, or someone of the same step, completed it has lost a
	 * race rather than knocked on the wrong door.
	 */
	public boolean justCompletedFor(ApprovalId id, String taskKey, String username) {
		List<HistoricTaskInstance> last = this.history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey("approval-" + id.value())
			.taskDefinitionKey(taskKey)
			.finished()
			.orderByHistoricTaskInstanceEndTime()
			.desc()
			.listPage(0, 1);
		if (last.isEmpty()) {
			return false;
		}
		HistoricTaskInstance task = last.get(0);
		if (username.equals(task.getAssignee())) {
			return true;
		}
		Set<String> groups = this.identity.createGroupQuery()
			.groupMember(username)
			.list()
			.stream()
			.map(Group::getId)
			.collect(Collectors.toSet());
		return this.history.createHistoricIdentityLinkLogQuery()
			.taskId(task.getId())
			.type(IdentityLinkType.CANDIDATE)
			.list()
			.stream()
			.anyMatch((link) -> username.equals(link.getUserId()) || groups.contains(link.getGroupId()));
	}

	/** Completes the task, setting the outcome variable (and extra variables). */
	public void complete(String taskId, String outcome, Map<String, Object> extra) {
		Map<String, Object> vars = new HashMap<>(extra);
		if (outcome != null) {
			vars.put(ApprovalProcess.OUTCOME, outcome);
		}
		EngineConflicts.complete(() -> this.tasks.complete(taskId, vars),
				"Bước này của hồ sơ trình duyệt vừa được xử lý bởi một yêu cầu khác (của bạn hoặc người cùng bước). Tải lại hồ sơ để xem trạng thái mới.");
	}

}
