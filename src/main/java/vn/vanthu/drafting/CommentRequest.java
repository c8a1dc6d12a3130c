package vn.vanthu.drafting;

import java.time.Instant;

/**
 * One recipient's request for comments in a round, with their latest answer and the
 * drafter's disposition.
 *
 * @param id the request id
 * @param roundId the round
 * @param recipient the login of the person asked
 * @param viaUnit the unit through which they were asked ({@code unit:CODE}), or
 * {@code null}
 * @param status where the request stands
 * @param text the comment text, or {@code null}
 * @param attachmentSha256 an attached file, or {@code null}
 * @param attachmentName its name, or {@code null}
 * @param answeredAt when last answered, or {@code null}
 * @param revisions how many times the answer was given (1 = never revised)
 * @param remindedAt when reminded, or {@code null}
 * @param disposition the drafter's disposition, or {@code null}
 * @param explanation the drafter's explanation, or {@code null}
 */
public record CommentRequest(long id, long roundId, String recipient, String viaUnit, RequestStatus status, String text,
		String attachmentSha256, String attachmentName, Instant answeredAt, int revisions, Instant remindedAt,
		Disposition disposition, String explanation) {

}
