package vn.vanthu.document;

import java.time.LocalDate;

/**
 * A document that cites another ("Văn bản dẫn chiếu đến").
 *
 * @param id the citing document
 * @param number its number, or {@code null}
 * @param kind its kind label
 * @param issuer its issuer as written
 * @param issuedOn its date
 * @param subject its subject
 * @param citationText how it cites the other document
 */
public record CitingDocument(DocumentId id, String number, String kind, String issuer, LocalDate issuedOn,
		String subject, String citationText) {

}
