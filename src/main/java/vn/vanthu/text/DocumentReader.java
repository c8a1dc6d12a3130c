package vn.vanthu.text;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the facts of a Vietnamese administrative document from its plain text: own
 * number, kind, issuer, place and date, subject, marks, recipients, signer, citations,
 * deadlines and assignments.
 *
 * <p>
 * Pure and deterministic: no I/O, no global state, thread-safe. Any input is accepted
 * (including {@code null}, binary garbage and very long texts); every pattern is bounded
 * so reading is linear in the text length. Offsets in the result refer to
 * {@link VietnameseText#nfc(String)} of the input.
 */
public final class DocumentReader {

	/** End of the body: "./." or the "Nơi nhận" list. */
	private static final Pattern BODY_END = Pattern.compile("\\./\\.|(?m)^[ ]{0,20}(?:Nơi nhận|NƠI NHẬN)");

	private DocumentReader() {
	}

	/**
	 * Reads a document.
	 * @param text the document text in any Unicode normal form
	 * @return the facts; never {@code null}
	 */
	public static DocumentFacts read(String text) {
		String nfc = VietnameseText.nfc(text);
		String m = VietnameseText.forMatching(nfc);
		Lines lines = new Lines(m);
		Header header = HeaderReader.read(nfc, lines);
		int bodyEnd = bodyEnd(m);
		LocalDate reference = header.issuedOn() == null ? null
				: LocalDate.of(header.issuedOn().year(),
						header.issuedOn().month() == null ? 1 : header.issuedOn().month(),
						header.issuedOn().day() == null ? 1 : header.issuedOn().day());
		List<NumberMatch> numbers = DocumentNumbers.findAll(nfc, m);
		NumberMatch own = header.number();
		List<Citation> citations = CitationFinder.find(nfc, m, numbers, own == null ? null : own.number(),
				own == null ? -1 : own.start());
		List<Deadline> deadlines = DeadlineFinder.find(m, reference);
		List<Assignment> assignments = AssignmentFinder.find(m, lines, deadlines, Math.min(m.length(), bodyEnd + 4));
		Signer signer = SignatureReader.read(lines, signatureSearchStart(m, bodyEnd));
		return new DocumentFacts(own == null ? null : own.number(), header.kind(), header.issuer(),
				header.issuerParent(), header.place(), header.issuedOn(), header.subject(), header.draftRound(),
				header.urgency(), header.secrecy(), RecipientReader.kinhGui(lines), RecipientReader.noiNhan(lines),
				signer, citations, deadlines, assignments);
	}

	private static int bodyEnd(String m) {
		int end = RecipientReader.firstOf(m, "./.", "Nơi nhận", "NƠI NHẬN");
		if (end < 0) {
			return m.length();
		}
		Matcher matcher = BODY_END.matcher(m);
		return matcher.find(m.lastIndexOf('\n', end) + 1) ? matcher.start() : m.length();
	}

	private static int signatureSearchStart(String m, int bodyEnd) {
		if (bodyEnd < m.length()) {
			return bodyEnd;
		}
		return Math.max(0, m.length() - 3000);
	}

}
