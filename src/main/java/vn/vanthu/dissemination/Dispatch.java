package vn.vanthu.dissemination;

import java.time.Instant;

/**
 * The sending of one issued document to its Nơi nhận.
 *
 * @param id the dispatch id
 * @param documentId the document
 * @param senderUnit the issuer
 * @param status where it stands
 * @param sentBy the clerk who confirmed the recipients
 * @param sentAt when
 * @param recallReason why it was recalled, or {@code null}
 * @param recalledBy who recalled it
 * @param recalledAt when
 */
public record Dispatch(long id, long documentId, String senderUnit, DispatchStatus status, String sentBy,
		Instant sentAt, String recallReason, String recalledBy, Instant recalledAt) {

}
