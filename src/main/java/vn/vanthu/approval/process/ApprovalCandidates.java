package vn.vanthu.approval.process;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.vanthu.approval.ApprovalId;
import vn.vanthu.approval.Approvals;

/**
 * Used in expressions of {@code approval.bpmn}
 * ({@code ${approvalCandidates.users(approvalId, stepNo)}}): the candidates of a step and
 * the issuing clerks, as collections the engine accepts.
 */
@Component("approvalCandidates")
public class ApprovalCandidates {

	private final Approvals approvals;

	ApprovalCandidates(Approvals approvals) {
		this.approvals = approvals;
	}

	public List<String> users(Object approvalId, Object stepNo) {
		return this.approvals.step(id(approvalId), ((Number) stepNo).intValue()).candidateUsers();
	}

	public List<String> groups(Object approvalId, Object stepNo) {
		return this.approvals.step(id(approvalId), ((Number) stepNo).intValue()).candidateGroups();
	}

	/** The clerks (văn thư) of the issuer and its sub-units, who number and issue. */
	public List<String> clerks(Object approvalId) {
		return this.approvals.issuingClerks(id(approvalId));
	}

	private static ApprovalId id(Object value) {
		return new ApprovalId(((Number) value).longValue());
	}

}
