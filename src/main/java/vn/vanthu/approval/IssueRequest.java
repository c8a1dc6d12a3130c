package vn.vanthu.approval;

import java.time.LocalDate;

/**
 * What the clerk gives when issuing.
 *
 * @param series the register series, or {@code null} for the ordinary one
 * @param manualNumber a number typed by hand (a document numbered on paper), or
 * {@code null} to take the register's next
 * @param normative a normative document: the year goes into its symbol
 * @param issuedOn the date of issue, {@code null} for today
 * @param recipients the Nơi nhận as written, or {@code null} to keep what the text says
 */
public record IssueRequest(String series, Integer manualNumber, boolean normative, LocalDate issuedOn,
		String recipients) {

}
