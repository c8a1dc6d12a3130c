package vn.vanthu.approval;

import java.time.Instant;

/**
 * The step a case enters, with its due time by urgency.
 *
 * @param no the step number
 * @param label the step's label
 * @param signing whether it is the signing step
 * @param due when the decision is due
 */
public record StepPlan(int no, String label, boolean signing, Instant due) {

}
