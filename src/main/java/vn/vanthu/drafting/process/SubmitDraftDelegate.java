package vn.vanthu.drafting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.vanthu.drafting.Rounds;

/** Marks the draft submitted for approval and publishes the approval hook. */
@Component("submitDraftDelegate")
class SubmitDraftDelegate implements JavaDelegate {

	private final Rounds rounds;

	SubmitDraftDelegate(Rounds rounds) {
		this.rounds = rounds;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long roundId = ((Number) execution.getVariable(DraftingRoundProcess.VAR_ROUND_ID)).longValue();
		this.rounds.submitted(roundId);
	}

}
