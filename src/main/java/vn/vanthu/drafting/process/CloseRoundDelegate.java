package vn.vanthu.drafting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.vanthu.drafting.CloseReason;
import vn.vanthu.drafting.Rounds;

/**
 * Closes the round in the module's tables (pending requests become "không có ý kiến phản
 * hồi") and tells the drafter.
 */
@Component("closeRoundDelegate")
class CloseRoundDelegate implements JavaDelegate {

	private final Rounds rounds;

	CloseRoundDelegate(Rounds rounds) {
		this.rounds = rounds;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long roundId = ((Number) execution.getVariable(DraftingRoundProcess.VAR_ROUND_ID)).longValue();
		this.rounds.closed(roundId,
				CloseReason.valueOf((String) execution.getVariable(DraftingRoundProcess.VAR_CLOSE_REASON)));
	}

}
