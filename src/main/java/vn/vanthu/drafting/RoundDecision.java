package vn.vanthu.drafting;

/** What the drafter does after a round: another round, submission, or abandonment. */
public enum RoundDecision {

	NEXT_ROUND, SUBMIT, ABANDON

}
