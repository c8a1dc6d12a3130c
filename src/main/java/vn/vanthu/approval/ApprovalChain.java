package vn.vanthu.approval;

import java.util.List;

import vn.vanthu.directory.UnitCode;

/**
 * The review steps of documents of one kind issued by one unit, in order; the last
 * signing step signs.
 *
 * @param id the chain id (0 before it is saved)
 * @param issuerUnit the issuing unit
 * @param kind the document kind's label ("Quyết định") or {@code *} for any kind
 * @param restartFromFirst after a return, whether the chain restarts from its first step
 * (else from the step that returned it)
 * @param steps the steps, at least one, exactly one of which signs
 */
public record ApprovalChain(long id, UnitCode issuerUnit, String kind, boolean restartFromFirst,
		List<ChainStep> steps) {

	/** The kind that matches every document kind. */
	public static final String ANY_KIND = "*";

	public ApprovalChain {
		steps = List.copyOf(steps);
		if (steps.isEmpty()) {
			throw new IllegalArgumentException("Quy trình duyệt cần ít nhất một bước.");
		}
		if (steps.stream().filter(ChainStep::signing).count() != 1) {
			throw new IllegalArgumentException("Quy trình duyệt cần đúng một bước ký.");
		}
	}

	public ChainStep step(int no) {
		return this.steps.stream()
			.filter((s) -> s.no() == no)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Không có bước " + no));
	}

}
