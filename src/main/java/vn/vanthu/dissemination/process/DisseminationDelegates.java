package vn.vanthu.dissemination.process;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

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

	/** Expressions of the process: candidates, receipts and due dates. */
	@Component("disseminationCandidates")
	static class Candidates {

		private final Disseminations service;

		Candidates(Disseminations service) {
			this.service = service;
		}

		public List<String> senderClerks(Object dispatchId) {
			return this.service.senderClerks(id(dispatchId));
		}

		public List<Long> receipts(Object dispatchId) {
			return this.service.internalReceiptIds(id(dispatchId));
		}

		public List<String> clerksOf(Object receiptId) {
			return this.service.receiptClerks(id(receiptId));
		}

		public Date due(Object receiptId) {
			return Date.from(this.service.receipt(id(receiptId)).dueAt());
		}

	}

}
