package vn.vanthu.dissemination.process;

import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.vanthu.dissemination.Disseminations;

/**
 * Used in expressions of {@code dissemination.bpmn}: candidates, receipts and due dates.
 */
@Component("disseminationCandidates")
public class DisseminationCandidates {

	private final Disseminations service;

	DisseminationCandidates(Disseminations service) {
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

	private static long id(Object value) {
		return ((Number) value).longValue();
	}

}
