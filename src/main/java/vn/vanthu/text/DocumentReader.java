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

	/** Mottos that open a (second, attached) document. */
	private static final String[] SECOND_MOTTO = { "XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM" };

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
		int mainEnd = mainDocumentEnd(m, bodyEnd);
		if (mainEnd < m.length()) {
			numbers = numbers.stream().filter((n) -> n.start() < mainEnd).toList();
		}
		NumberMatch own = header.number();
		List<Citation> citations = CitationFinder.find(nfc, m, numbers, own == null ? null : own.number(),
				own == null ? -1 : own.start());
		List<Deadline> deadlines = DeadlineFinder.find(m, reference);
		List<Assignment> assignments = AssignmentFinder.find(m, lines, deadlines, Math.min(m.length(), bodyEnd + 4));
		Signer signer = SignatureReader.read(lines, signatureSearchStart(m, bodyEnd));
		DocumentNumber ownNumber = own == null ? null : own.number();
		boolean blank = ownNumber != null && ownNumber.isBlank();
		return new DocumentFacts(blank ? null : ownNumber, blank ? ownNumber : null, header.kind(), header.issuer(),
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

	/**
	 * Where the main document ends when another one is attached after it: a second
	 * national or party motto after the end of the main body, moved back over the
	 * attached document's header lines (issuer, number) above it. The text length when
	 * nothing is attached.
	 */
	static int mainDocumentEnd(String m, int bodyEnd) {
		if (bodyEnd >= m.length()) {
			return m.length();
		}
		int motto = -1;
		for (String word : SECOND_MOTTO) {
			int at = m.indexOf(word, bodyEnd);
			if (at >= 0 && (motto < 0 || at < motto)) {
				motto = at;
			}
		}
		if (motto < 0) {
			return m.length();
		}
		int end = m.lastIndexOf('\n', motto) + 1;
		// Back over the attached header: blank, upper-case and "Số" lines.
		while (end > bodyEnd) {
			int lineStart = m.lastIndexOf('\n', end - 2) + 1;
			if (lineStart <= bodyEnd) {
				break;
			}
			String line = m.substring(lineStart, end).strip();
			if (!line.isEmpty() && !HeaderReader.isUpper(line) && !line.startsWith("Số")
					&& !line.toUpperCase(java.util.Locale.ROOT).startsWith("DỰ THẢO")) {
				break;
			}
			end = lineStart;
		}
		return end;
	}

	private static int signatureSearchStart(String m, int bodyEnd) {
		if (bodyEnd < m.length()) {
			return bodyEnd;
		}
		return Math.max(0, m.length() - 3000);
	}

}
