package vn.vanthu.followup.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.vanthu.followup.Followup;
import vn.vanthu.followup.FollowupTaskId;

/**
 * The delegates of {@code directive-follow-up.bpmn}: each maps the task id and calls the
 * service.
 */
@Configuration(proxyBeanMethods = false)
class FollowupDelegates {

	@Bean
	JavaDelegate followupReminder(Followup followup) {
		return (execution) -> followup.remind(taskId(execution));
	}

	@Bean
	JavaDelegate followupOverdue(Followup followup) {
		return (execution) -> followup.markOverdue(taskId(execution));
	}

	@Bean
	JavaDelegate followupNextOccurrence(Followup followup) {
		return (execution) -> followup.scheduleNextOccurrence(taskId(execution));
	}

	private static FollowupTaskId taskId(DelegateExecution execution) {
		return new FollowupTaskId(((Number) execution.getVariable(DirectiveFollowUpProcess.VAR_TASK_ID)).longValue());
	}

}
