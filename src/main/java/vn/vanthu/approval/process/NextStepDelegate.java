package vn.vanthu.approval.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.vanthu.approval.ApprovalId;
import vn.vanthu.approval.Approvals;

/**
 * {@code ServiceTask_NextStep}: asks the service for the step after {@code stepNo} and
 * maps it to variables ({@code hasNextStep}, {@code stepNo}, {@code stepLabel},
 * {@code stepDue}).
 */
@Component("approvalNextStep")
class NextStepDelegate implements JavaDelegate {

	private final Approvals approvals;

	NextStepDelegate(Approvals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ApprovalId id = new ApprovalId(((Number) execution.getVariable(ApprovalProcess.APPROVAL_ID)).longValue());
		int after = ((Number) execution.getVariable(ApprovalProcess.STEP_NO)).intValue();
		var next = this.approvals.enterStepAfter(id, after);
		execution.setVariable(ApprovalProcess.HAS_NEXT_STEP, next.isPresent());
		next.ifPresent((step) -> {
			execution.setVariable(ApprovalProcess.STEP_NO, step.no());
			execution.setVariable(ApprovalProcess.STEP_LABEL, step.label());
			execution.setVariable(ApprovalProcess.STEP_DUE, Date.from(step.due()));
		});
	}

}
