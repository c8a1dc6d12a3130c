package vn.vanthu.approval;

import java.time.LocalDate;

/**
 * A line of the sổ văn bản đi (Decree 30 Phụ lục VI).
 *
 * @param id the line id
 * @param documentId the document
 * @param issuerUnit the issuer
 * @param year the register's year
 * @param series the series
 * @param seq the number in the register
 * @param number number and symbol
 * @param issuedOn date of issue
 * @param kind kind label
 * @param subject trích yếu
 * @param signer who signed (name)
 * @param capacity capacity mark
 * @param recipients nơi nhận, as one text
 * @param issuedBy the clerk
 */
public record OutgoingEntry(long id, long documentId, String issuerUnit, int year, String series, int seq,
		String number, LocalDate issuedOn, String kind, String subject, String signer, String capacity,
		String recipients, String issuedBy) {

}
