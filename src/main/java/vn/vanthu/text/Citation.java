package vn.vanthu.text;

import java.time.LocalDate;

/**
 * Another document mentioned by number in the text.
 *
 * @param kind the cited document's kind (from the words before the number, else its type
 * abbreviation, else Công văn)
 * @param number the cited number
 * @param date its date when given ("ngày 13/12/2024"), else {@code null}
 * @param issuer the issuer phrase when given ("Bộ Nội vụ" from "của Bộ Nội vụ"), else
 * {@code null}
 * @param text the citation as written, whitespace collapsed
 * @param start offset of the citation in the NFC text
 * @param end offset after it
 */
public record Citation(DocumentKind kind, DocumentNumber number, LocalDate date, String issuer, String text, int start,
		int end) {
}
