package vn.vanthu.incoming;

import java.time.LocalDate;

import vn.vanthu.dissemination.IncomingEntry;

/**
 * An incoming item as its worklist and slip show it.
 *
 * @param id the line of the sổ văn bản đến
 * @param entry the line
 * @param state where it stands ({@code ASSIGNED} for lines entered before assignments
 * existed or delivered by a dispatch)
 * @param urgency its urgency, or {@code null}
 * @param proposedDeadline the deadline proposed to the leader, or {@code null}
 * @param assignment the assignment in force, or {@code null}
 * @param overdue open past its deadline
 */
public record IncomingItem(long id, IncomingEntry entry, IncomingState state, Urgency urgency,
		LocalDate proposedDeadline, Assignment assignment, boolean overdue) {

	int urgencyRank() {
		return this.urgency == null ? 3 : this.urgency.rank();
	}

}
