package vn.vanthu.drafting;

import java.time.Instant;
import java.util.List;

/**
 * A comment round on one version of a draft.
 *
 * @param id the round id
 * @param draftId the draft
 * @param roundNo 1, 2, … per draft
 * @param versionNo the draft version sent
 * @param message the covering message
 * @param deadline when answers stop being accepted
 * @param remindAt when the silent are reminded, or {@code null} for no reminder
 * @param status where it stands
 * @param openedAt when it was opened
 * @param closedAt when it closed, or {@code null}
 * @param closeReason why it closed, or {@code null}
 * @param synthesisedAt when the drafter recorded the synthesis, or {@code null}
 * @param outcome what the drafter decided after it, or {@code null}
 * @param requests one per recipient
 */
public record Round(RoundId id, DraftId draftId, int roundNo, int versionNo, String message, Instant deadline,
		Instant remindAt, RoundStatus status, Instant openedAt, Instant closedAt, CloseReason closeReason,
		Instant synthesisedAt, RoundDecision outcome, List<CommentRequest> requests) {

	public Round {
		requests = (requests != null) ? List.copyOf(requests) : List.of();
	}

	/** "Dự thảo lần 01". */
	public String label() {
		return "Dự thảo lần %02d".formatted(this.versionNo);
	}

	public boolean isOpen() {
		return this.status == RoundStatus.OPEN;
	}

}
