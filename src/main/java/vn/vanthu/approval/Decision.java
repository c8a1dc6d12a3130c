package vn.vanthu.approval;

import java.time.Instant;

/**
 * A decision kept in the document's history.
 *
 * @param stepNo the step (0 for the drafter's resubmission, -1 for issuing)
 * @param stepLabel the step's label
 * @param decidedBy who decided
 * @param outcome what was decided
 * @param reason the reason (required for a return or a rejection)
 * @param capacity the signing capacity, at the signing step
 * @param decidedAt when
 * @param version the version of the draft the decision saw (for a resubmission, the
 * version it brought), or {@code null} for decisions kept before versions were
 */
public record Decision(int stepNo, String stepLabel, String decidedBy, Outcome outcome, String reason,
		Capacity capacity, Instant decidedAt, Integer version) {

}
