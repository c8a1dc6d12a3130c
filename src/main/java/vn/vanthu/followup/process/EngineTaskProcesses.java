package vn.vanthu.followup.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.vanthu.followup.TaskProcesses;
import vn.vanthu.platform.process.EngineConflicts;

import static vn.vanthu.followup.process.DirectiveFollowUpProcess.*;

/** {@link TaskProcesses} on the embedded engine. */
@Component
class EngineTaskProcesses implements TaskProcesses {

	private static final String RACED = "Nhiệm vụ này vừa được cập nhật bởi một yêu cầu khác. Tải lại trang để xem trạng thái mới.";

	private final RuntimeService runtime;

	private final TaskService tasks;

	EngineTaskProcesses(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	@Override
	public String start(Plan plan) {
		Map<String, Object> vars = new HashMap<>();
		vars.put(VAR_TASK_ID, plan.taskId().value());
		vars.put(VAR_TASK_NAME, plan.name());
		vars.put(VAR_LEAD_GROUPS, plan.leadGroups());
		vars.put(VAR_REVIEWERS, plan.reviewers());
		vars.put(VAR_DUE_AT, Date.from(plan.dueAt()));
		vars.put(VAR_REMINDER_AT, Date.from(plan.reminderAt()));
		vars.put(VAR_RECURRING, plan.recurring());
		return this.runtime.startProcessInstanceByKey(PROCESS_ID, businessKey(plan.taskId().value()), vars)
			.getProcessInstanceId();
	}

	@Override
	public void completeWork(String processInstanceId) {
		EngineConflicts.complete(() -> this.tasks.complete(activeTask(processInstanceId, TASK_CARRY_OUT).getId()),
				RACED);
	}

	@Override
	public void review(String processInstanceId, boolean accepted) {
		EngineConflicts.complete(() -> this.tasks.complete(activeTask(processInstanceId, TASK_REVIEW).getId(),
				Map.of(VAR_ACCEPTED, accepted)), RACED);
	}

	@Override
	public void moveDeadline(String processInstanceId, Instant dueAt, Instant reminderAt) {
		Map<String, Object> vars = Map.of(VAR_DUE_AT, Date.from(dueAt), VAR_REMINDER_AT, Date.from(reminderAt));
		boolean waiting = this.runtime.createEventSubscriptionQuery()
			.processInstanceId(processInstanceId)
			.eventName(MESSAGE_EXTENDED)
			.count() > 0;
		if (waiting) {
			// The interrupting message re-enters the work task, whose timers are then
			// created from the new variables.
			this.runtime.createMessageCorrelation(MESSAGE_EXTENDED)
				.processInstanceId(processInstanceId)
				.setVariables(vars)
				.correlate();
		}
		else {
			// Under review: the new timers apply if the completion is returned.
			this.runtime.setVariables(processInstanceId, vars);
		}
	}

	@Override
	public void cancel(String processInstanceId, String reason) {
		this.runtime.deleteProcessInstance(processInstanceId, reason);
	}

	private Task activeTask(String processInstanceId, String definitionKey) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(definitionKey)
			.singleResult();
		if (task == null) {
			throw new IllegalStateException("Quy trình " + processInstanceId + " không ở bước " + definitionKey + ".");
		}
		return task;
	}

}
