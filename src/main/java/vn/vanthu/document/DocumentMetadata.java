package vn.vanthu.document;

import java.time.LocalDate;

import vn.vanthu.directory.UnitCode;

/**
 * The metadata a clerk may set or correct. In {@link NewDocument}, {@code null} fields
 * are filled from what the text module reads in the document's text.
 *
 * @param number the number in any spelling ("Số: 673/QD - UBND"); stored canonical
 * @param kind the kind's label or abbreviation ("Quyết định", "QĐ")
 * @param issuerUnit the issuing unit when it is one of ours
 * @param issuer the issuer as written
 * @param issuedOn the date of issue
 * @param subject the trích yếu
 */
public record DocumentMetadata(String number, String kind, UnitCode issuerUnit, String issuer, LocalDate issuedOn,
		String subject) {

	public static DocumentMetadata empty() {
		return new DocumentMetadata(null, null, null, null, null, null);
	}

}
