package vn.vanthu.dissemination.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.vanthu.dissemination.Disseminations;

/**
 * The delegates of {@code dissemination.bpmn} (each maps variables and calls the service)
 * and the {@code disseminationCandidates} bean used in its expressions.
 */
@Configuration
class DisseminationDelegates {

	@Bean("disseminationDeliver")
	JavaDelegate deliver(Disseminations service) {
		return (execution) -> service.deliver(id(execution.getVariable(DisseminationProcess.DISPATCH_ID)));
	}

	@Bean("disseminationFlagOverdue")
	JavaDelegate flagOverdue(Disseminations service) {
		return (execution) -> service.flagOverdue(id(execution.getVariable(DisseminationProcess.RECEIPT_ID)));
	}

	static long id(Object value) {
		return ((Number) value).longValue();
	}

}
