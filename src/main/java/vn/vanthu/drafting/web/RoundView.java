package vn.vanthu.drafting.web;

import java.time.Instant;
import java.util.List;

import vn.vanthu.drafting.CommentRequest;
import vn.vanthu.drafting.RequestStatus;
import vn.vanthu.drafting.Round;

/**
 * A round as the API and the live page show it.
 *
 * @param id the round id
 * @param draftId the draft
 * @param roundNo 1, 2, …
 * @param versionNo the draft version sent
 * @param status OPEN, CLOSED, FINISHED
 * @param statusLabel in Vietnamese
 * @param deadline the deadline
 * @param remindAt when reminders go, or {@code null}
 * @param openedAt when opened
 * @param closedAt when closed, or {@code null}
 * @param closeReason why, or {@code null}
 * @param outcome the decision after it, or {@code null}
 * @param requests one per recipient
 */
record RoundView(long id, long draftId, int roundNo, int versionNo, String status, String statusLabel, Instant deadline,
		Instant remindAt, Instant openedAt, Instant closedAt, String closeReason, String outcome,
		List<RequestView> requests) {

	/**
	 * One recipient's line.
	 *
	 * @param id the request id
	 * @param recipient the login
	 * @param fullName the person's name
	 * @param status PENDING, ANSWERED, AGREED, NO_REPLY
	 * @param statusLabel in Vietnamese
	 * @param answeredAt when last answered, or {@code null}
	 * @param remindedAt when reminded, or {@code null}
	 * @param late whether they missed the deadline
	 * @param text the comment, or {@code null}
	 * @param attachmentName an attached file's name, or {@code null}
	 * @param disposition the drafter's disposition, or {@code null}
	 * @param explanation the drafter's explanation, or {@code null}
	 */
	record RequestView(long id, String recipient, String fullName, String status, String statusLabel,
			Instant answeredAt, Instant remindedAt, boolean late, String text, String attachmentName,
			String disposition, String explanation) {
	}

	static RoundView of(Round round, java.util.function.Function<String, String> names) {
		Instant now = Instant.now();
		List<RequestView> requests = round.requests().stream().map((r) -> request(r, round, now, names)).toList();
		return new RoundView(round.id().value(), round.draftId().value(), round.roundNo(), round.versionNo(),
				round.status().name(), round.status().label(), round.deadline(), round.remindAt(), round.openedAt(),
				round.closedAt(), (round.closeReason() != null) ? round.closeReason().name() : null,
				(round.outcome() != null) ? round.outcome().name() : null, requests);
	}

	private static RequestView request(CommentRequest r, Round round, Instant now,
			java.util.function.Function<String, String> names) {
		boolean late = r.status() == RequestStatus.NO_REPLY
				|| (r.status() == RequestStatus.PENDING && now.isAfter(round.deadline()));
		return new RequestView(r.id(), r.recipient(), names.apply(r.recipient()), r.status().name(), r.status().label(),
				r.answeredAt(), r.remindedAt(), late, r.text(), r.attachmentName(),
				(r.disposition() != null) ? r.disposition().name() : null, r.explanation());
	}

}
