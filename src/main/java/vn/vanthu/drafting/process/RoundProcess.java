package vn.vanthu.drafting.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.drafting.RoundDecision;
import vn.vanthu.platform.process.EngineConflicts;

/**
 * The drafting module's only door to the engine for rounds: starts a round's process,
 * completes a recipient's task, moves timers, correlates the drafter's decisions.
 *
 * <p>
 * Concurrency: answers are stored by the module before the engine is touched, so the
 * engine only has to complete the recipient's own task. The task is marked
 * {@code asyncAfter}, so completing it touches only that recipient's execution; the
 * multi-instance join runs later in a job that the job executor retries on conflict. On
 * top of that, completion itself is retried on {@link OptimisticLockingException} in a
 * fresh transaction, so no answer ever fails because another one arrived in the same
 * second.
 */
@Component
public class RoundProcess {

	private static final Logger log = LoggerFactory.getLogger(RoundProcess.class);

	private static final int MAX_ATTEMPTS = 30;

	private final java.util.concurrent.atomic.AtomicLong conflicts = new java.util.concurrent.atomic.AtomicLong();

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final TransactionTemplate separately;

	RoundProcess(RuntimeService runtime, TaskService tasks, ManagementService management,
			PlatformTransactionManager transactions) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Starts the round's process in the caller's transaction; returns its instance id.
	 */
	public String start(long roundId, long draftId, String drafter, List<String> recipients, Instant deadline,
			Instant remindAt) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(DraftingRoundProcess.VAR_ROUND_ID, roundId);
		variables.put(DraftingRoundProcess.VAR_DRAFT_ID, draftId);
		variables.put(DraftingRoundProcess.VAR_DRAFTER, drafter);
		variables.put(DraftingRoundProcess.VAR_RECIPIENTS, List.copyOf(recipients));
		variables.put(DraftingRoundProcess.VAR_DEADLINE, Date.from(deadline));
		variables.put(DraftingRoundProcess.VAR_REMIND_AT, Date.from(reminderOrNever(deadline, remindAt)));
		return this.runtime
			.startProcessInstanceByKey(DraftingRoundProcess.KEY, DraftingRoundProcess.businessKey(roundId), variables)
			.getId();
	}

	/**
	 * Completes the recipient's "Góp ý dự thảo" task if it is still open, in its own
	 * transaction, retrying on optimistic-locking conflicts.
	 * @return whether a task was completed
	 */
	public boolean completeCommentTask(String processInstanceId, String recipient) {
		for (int attempt = 1;; attempt++) {
			try {
				Boolean done = this.separately.execute((tx) -> {
					Task task = this.tasks.createTaskQuery()
						.processInstanceId(processInstanceId)
						.taskDefinitionKey(DraftingRoundProcess.TASK_SUBMIT_COMMENT)
						.taskAssignee(recipient)
						.singleResult();
					if (task == null) {
						return false;
					}
					this.tasks.complete(task.getId());
					return true;
				});
				return Boolean.TRUE.equals(done);
			}
			catch (OptimisticLockingException ex) {
				if (attempt >= MAX_ATTEMPTS) {
					throw ex;
				}
				this.conflicts.incrementAndGet();
				log.debug("Xung đột khi hoàn thành việc góp ý của {}, thử lại lần {}", recipient, attempt);
				pause(attempt);
			}
		}
	}

	/** How many task completions were retried after a conflict since start-up. */
	public long conflictRetries() {
		return this.conflicts.get();
	}

	/** Asks the round to close now (the drafter's decision). */
	public void requestClose(String processInstanceId) {
		this.runtime.createMessageCorrelation(DraftingRoundProcess.MESSAGE_CLOSE)
			.processInstanceId(processInstanceId)
			.correlate();
	}

	/**
	 * Moves the deadline (and the reminder, when it has not fired yet) of an open round;
	 * open comment tasks get the new due date.
	 */
	public void moveDeadline(String processInstanceId, Instant deadline, Instant remindAt) {
		this.runtime.setVariable(processInstanceId, DraftingRoundProcess.VAR_DEADLINE, Date.from(deadline));
		timer(processInstanceId, DraftingRoundProcess.TIMER_DEADLINE)
			.ifPresent((job) -> this.management.setJobDuedate(job.getId(), Date.from(deadline)));
		timer(processInstanceId, DraftingRoundProcess.TIMER_REMINDER).ifPresent(
				(job) -> this.management.setJobDuedate(job.getId(), Date.from(reminderOrNever(deadline, remindAt))));
		for (Task task : this.tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(DraftingRoundProcess.TASK_SUBMIT_COMMENT)
			.list()) {
			task.setDueDate(Date.from(deadline));
			this.tasks.saveTask(task);
		}
	}

	/** Whether the round waits for the drafter's synthesis and decision. */
	public boolean awaitsDecision(String processInstanceId) {
		return synthesisTask(processInstanceId) != null;
	}

	/**
	 * Completes the drafter's synthesis task with a decision.
	 * @throws IllegalStateException when the round does not wait for one
	 */
	public void decide(String processInstanceId, RoundDecision decision) {
		Task task = synthesisTask(processInstanceId);
		if (task == null) {
			throw new IllegalStateException("Vòng góp ý chưa kết thúc hoặc đã được xử lý.");
		}
		EngineConflicts.complete(
				() -> this.tasks.complete(task.getId(), Map.of(DraftingRoundProcess.VAR_DECISION, decision.name())),
				"Vòng góp ý này vừa được xử lý bởi một yêu cầu khác. Tải lại trang để xem trạng thái mới.");
	}

	private Task synthesisTask(String processInstanceId) {
		return this.tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(DraftingRoundProcess.TASK_SYNTHESISE)
			.singleResult();
	}

	private java.util.Optional<Job> timer(String processInstanceId, String activityId) {
		return this.management.createJobQuery()
			.processInstanceId(processInstanceId)
			.timers()
			.activityId(activityId)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * A round without a reminder still needs a date for the reminder timer: one after the
	 * deadline never fires, because the deadline ends the collecting sub-process first.
	 */
	private static Instant reminderOrNever(Instant deadline, Instant remindAt) {
		return (remindAt != null) ? remindAt : deadline.plusSeconds(86_400);
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20 + 10L * Math.min(attempt, 10)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
