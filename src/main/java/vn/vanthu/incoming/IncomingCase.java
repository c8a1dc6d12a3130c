package vn.vanthu.incoming;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The handling state of a line of the sổ văn bản đến.
 *
 * @param incomingId the line
 * @param urgency Hỏa tốc, Thượng khẩn, Khẩn (as read from the document), or {@code null}
 * @param proposedDeadline the deadline proposed to the leader
 * @param state where it stands
 * @param closingNote how it was settled, or {@code null}
 * @param closedBy who closed it, or {@code null}
 * @param closedAt when
 */
public record IncomingCase(long incomingId, Urgency urgency, LocalDate proposedDeadline, IncomingState state,
		String closingNote, String closedBy, Instant closedAt) {

	/** How urgent, as the rank used to sort worklists: Hỏa tốc first, ordinary last. */
	public int urgencyRank() {
		return this.urgency == null ? 3 : this.urgency.rank();
	}

	public boolean urgent() {
		return this.urgency != null;
	}

}
