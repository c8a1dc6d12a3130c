package vn.vanthu.drafting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.vanthu.drafting.Rounds;

/** Reminds the recipients who have not answered yet. */
@Component("remindRecipientsDelegate")
class RemindRecipientsDelegate implements JavaDelegate {

	private final Rounds rounds;

	RemindRecipientsDelegate(Rounds rounds) {
		this.rounds = rounds;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long roundId = ((Number) execution.getVariable(DraftingRoundProcess.VAR_ROUND_ID)).longValue();
		this.rounds.remind(roundId);
	}

}
