package vn.vanthu.dissemination.process;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.vanthu.platform.process.EngineConflicts;
import vn.vanthu.platform.process.Worklist;

/** The dissemination module's access to the engine, in the caller's transaction. */
@Component
public class DisseminationEngine {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final Worklist worklist;

	DisseminationEngine(RuntimeService runtime, TaskService tasks, Worklist worklist) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.worklist = worklist;
	}

	public String start(long dispatchId) {
		return this.runtime
			.startProcessInstanceByKey(DisseminationProcess.KEY, businessKey(dispatchId),
					Map.of(DisseminationProcess.DISPATCH_ID, dispatchId))
			.getId();
	}

	/** The open confirmation task of a dispatch that the user may work on. */
	public Optional<String> confirmTask(long dispatchId, String username) {
		return this.worklist.openTasks(businessKey(dispatchId), DisseminationProcess.TASK_CONFIRM, username)
			.stream()
			.findFirst()
			.map(Task::getId);
	}

	/** The open acknowledgement task of a receipt that the user may work on. */
	public Optional<String> acknowledgeTask(long dispatchId, long receiptId, String username) {
		return this.worklist.openTasks(businessKey(dispatchId), DisseminationProcess.TASK_ACKNOWLEDGE, username)
			.stream()
			.filter((t) -> Long.valueOf(receiptId)
				.equals(((Number) this.tasks.getVariable(t.getId(), DisseminationProcess.RECEIPT_ID)).longValue()))
			.findFirst()
			.map(Task::getId);
	}

	public void complete(String taskId) {
		EngineConflicts.complete(() -> this.tasks.complete(taskId),
				"Việc này vừa được hoàn thành bởi một yêu cầu khác. Tải lại trang để xem trạng thái mới.");
	}

	/** Ends the dispatch's process, if it still runs, through its recall event. */
	public void recall(long dispatchId) {
		if (this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey(dispatchId)).count() > 0) {
			this.runtime.createMessageCorrelation(DisseminationProcess.MESSAGE_RECALL)
				.processInstanceBusinessKey(businessKey(dispatchId))
				.correlateWithResult();
		}
	}

	static String businessKey(long dispatchId) {
		return "dispatch-" + dispatchId;
	}

}
