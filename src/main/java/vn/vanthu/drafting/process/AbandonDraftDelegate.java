package vn.vanthu.drafting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.vanthu.drafting.Rounds;

/** Marks the draft abandoned. */
@Component("abandonDraftDelegate")
class AbandonDraftDelegate implements JavaDelegate {

	private final Rounds rounds;

	AbandonDraftDelegate(Rounds rounds) {
		this.rounds = rounds;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long roundId = ((Number) execution.getVariable(DraftingRoundProcess.VAR_ROUND_ID)).longValue();
		this.rounds.abandoned(roundId);
	}

}
