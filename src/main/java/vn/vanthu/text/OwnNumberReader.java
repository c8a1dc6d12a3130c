package vn.vanthu.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the document's own number (số, ký hiệu) where the genre puts it, in this order:
 * <ol>
 * <li>the "Số:" field of the header (Decree 30/2020, Phụ lục I; party guide 36-HD/VPTW:
 * "Số 12-NQ/TU"), also written "Luật số:", "Bộ luật số:", "Nghị quyết số:", "Pháp lệnh
 * số:", "Lệnh số:" (Law on legal documents), with the number on the same line, after a
 * table cell "|" or on one of the next lines when the cells of a two-column header were
 * linearised;</li>
 * <li>a "Số:" field next to the issuer, the motto or "XÁC THỰC VĂN BẢN HỢP NHẤT" anywhere
 * in the text: consolidated texts (VBHN) carry their number at the end above the
 * signature, and Gazette extractions sometimes put the header after the first
 * articles;</li>
 * <li>a title line near the top naming the kind and the number ("Thông báo số 12/TB-UBND
 * về việc …", the heading of a web page), or a web page's "đã ban hành Thông báo
 * 568/TB-SXD".</li>
 * </ol>
 * The Gazette's page header "CÔNG BÁO/Số 1523 + 1524/Ngày 29-12-2024" is never a field:
 * its "Số" follows a '/'.
 */
final class OwnNumberReader {

	/** A "Số" field: at a line start, after a wide gap or a table or rule character. */
	private static final Pattern FIELD = Pattern
		.compile("(?m)(?:^|(?<=[ ]{2})|(?<=[|*_=\\-]))[ |]{0,20}" + "(?:Số|SỐ)(?=[\\s:.\\-/\\d|])");

	/**
	 * A kind-named field inside a line ("--------------- Luật số: 59/2020/QH14"): the
	 * colon tells it from a citation.
	 */
	private static final Pattern NAMED_FIELD = Pattern.compile(
			"(?:Luật|LUẬT|Bộ luật|Pháp lệnh|Lệnh|Nghị quyết|NGHỊ QUYẾT)(?:[ ]{1,3}liên tịch)?[ ]{1,3}(?:số|SỐ)[ ]{0,3}:");

	private static final Pattern FIELD_GAP = Pattern.compile("[ |]{0,6}[:.]?[ |]{0,12}");

	/** "Thông báo số 12/TB-UBND", "Quyết định số: 15/QĐ-UBND" opening a title line. */
	private static final Pattern TITLE = Pattern.compile(
			"(?i)[ #*|]{0,8}(\\p{L}{1,12}(?:[ ]\\p{L}{1,12}){0,3})[ ]{1,3}" + "(?:số|so)[ ]{0,3}:?[ ]{0,3}(?=\\d)");

	private static final Pattern MOTTO_OR_ISSUER = Pattern
		.compile("CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐẢNG CỘNG SẢN|XÁC THỰC|[Nn]gày[ ]{0,3}[\\d.…_ ]{1,8}tháng");

	private static final Pattern SPLIT_DIGITS = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})(?=/)");

	/** "61-CP", "24-L/CTN", "299-TTg": numbers of the 1990s. */
	private static final Pattern OLD_FORM = Pattern
		.compile("(\\d{1,6})-(\\p{Lu}[\\p{L}]{0,4})(?:/(\\p{Lu}[\\p{Lu}\\p{N}]{0,11}))?(?![\\p{L}\\p{N}/\\-])");

	private static final String CONSOLIDATION = "XÁC THỰC VĂN BẢN HỢP NHẤT";

	private OwnNumberReader() {
	}

	/**
	 * The own number, or {@code null}.
	 * @param nfc the NFC text
	 * @param m the text prepared for matching
	 * @param headerEnd where the header ends
	 * @param lines the lines of {@code m}
	 */
	static NumberMatch read(String nfc, String m, int headerEnd, Lines lines) {
		int limit = Math.min(m.length(), Math.max(headerEnd + 200, 400));
		NumberMatch found = consolidated(nfc, m, lines);
		if (found == null) {
			found = field(nfc, m, lines, 0, limit, false);
		}
		if (found == null) {
			found = named(nfc, m, limit);
		}
		if (found == null) {
			found = field(nfc, m, lines, limit, m.length(), true);
		}
		if (found == null) {
			found = title(nfc, m, lines);
		}
		return found;
	}

	/**
	 * The first "Số" field in [from, to) followed by a number; with {@code besideHeader}
	 * only one with the issuer, the motto or a place and date within two lines of it.
	 */
	private static NumberMatch field(String nfc, String m, Lines lines, int from, int to, boolean besideHeader) {
		Matcher field = FIELD.matcher(m);
		field.region(from, to);
		field.useTransparentBounds(true);
		NumberMatch blank = null;
		while (field.find()) {
			if (besideHeader && !besideHeader(m, lines, lines.lineAt(field.start()))) {
				continue;
			}
			NumberMatch n = numberAfter(nfc, m, lines, field.end());
			if (n != null && !n.number().isBlank()) {
				return n;
			}
			if (n != null && blank == null && !besideHeader) {
				blank = n;
			}
		}
		return blank;
	}

	private static NumberMatch named(String nfc, String m, int limit) {
		Matcher named = NAMED_FIELD.matcher(m);
		named.region(0, limit);
		while (named.find()) {
			Matcher gap = FIELD_GAP.matcher(m).region(named.end(), m.length());
			int at = gap.lookingAt() ? gap.end() : named.end();
			Optional<NumberMatch> n = parse(nfc, m, skipNewlines(m, at));
			if (n.isPresent()) {
				return n.get();
			}
		}
		return null;
	}

	/**
	 * A consolidated text's number: the "Số:" field beside its authentication block "XÁC
	 * THỰC VĂN BẢN HỢP NHẤT" (the header above the text is the original document's).
	 */
	private static NumberMatch consolidated(String nfc, String m, Lines lines) {
		int marker = m.lastIndexOf(CONSOLIDATION);
		if (marker < 0) {
			return null;
		}
		return field(nfc, m, lines, Math.max(0, marker - 300), Math.min(m.length(), marker + 300), false);
	}

	/**
	 * The number after a field label: on the same line (after ':' or '|'), or when the
	 * rest of the line is empty, at the start of one of the next three non-blank lines
	 * (linearised table cells put the motto between).
	 */
	private static NumberMatch numberAfter(String nfc, String m, Lines lines, int at) {
		Matcher gap = FIELD_GAP.matcher(m).region(at, m.length());
		int from = gap.lookingAt() ? gap.end() : at;
		Optional<NumberMatch> n = parse(nfc, m, from);
		if (n.isPresent()) {
			return n.get();
		}
		int line = lines.lineAt(at);
		if (from < lines.contentEnd(line)) {
			return null;
		}
		int next = line;
		for (int k = 0; k < 3; k++) {
			next = lines.nextNonBlank(next + 1);
			if (next < 0) {
				return null;
			}
			Matcher cell = FIELD_GAP.matcher(m).region(lines.contentStart(next), m.length());
			int start = cell.lookingAt() ? cell.end() : lines.contentStart(next);
			n = parse(nfc, m, start);
			if (n.isPresent() && !n.get().number().isBlank()) {
				return n.get();
			}
		}
		return null;
	}

	/**
	 * A number in a header field: the current forms, the forms before 2000 ("61-CP",
	 * "24-L/CTN": number, dash, issuer or type), and a number whose digits an extraction
	 * split with a dot ("66.16/2026/NQ-CP").
	 */
	static Optional<NumberMatch> parse(String nfc, String m, int at) {
		Optional<NumberMatch> n = DocumentNumbers.parseAt(nfc, m, at, true);
		if (n.isPresent()) {
			return n;
		}
		Matcher split = SPLIT_DIGITS.matcher(m).region(at, m.length());
		if (split.lookingAt()) {
			// Parsed apart: the number pattern refuses digits right after a dot.
			int from = split.start(2);
			String tail = m.substring(from, Math.min(m.length(), from + 120));
			Optional<NumberMatch> rest = DocumentNumbers.parseAt(nfc.substring(from, from + tail.length()), tail, 0,
					true);
			if (rest.isPresent() && !rest.get().number().isBlank()) {
				DocumentNumber r = rest.get().number();
				int end = from + rest.get().end();
				DocumentNumber joined = new DocumentNumber(nfc.substring(at, end), split.group(1) + r.number(),
						r.year(), r.type(), r.issuer(), r.party());
				return Optional.of(new NumberMatch(joined, at, end));
			}
		}
		Matcher old = OLD_FORM.matcher(m).region(at, m.length());
		old.useTransparentBounds(true);
		if (old.lookingAt()) {
			boolean typed = old.group(3) != null;
			DocumentNumber number = new DocumentNumber(nfc.substring(at, old.end()), old.group(1), null, old.group(2),
					typed ? old.group(3) : "", true);
			return Optional.of(new NumberMatch(number, at, old.end()));
		}
		return Optional.empty();
	}

	private static int skipNewlines(String m, int at) {
		int i = at;
		while (i < m.length() && i - at < 6 && (m.charAt(i) == '\n' || m.charAt(i) == ' ')) {
			i++;
		}
		return i;
	}

	/** Whether an issuer line, the motto or a place and date stands within two lines. */
	private static boolean besideHeader(String m, Lines lines, int line) {
		int before = line;
		for (int k = 0; k < 2; k++) {
			before = previousNonBlank(lines, before - 1);
			if (before < 0) {
				break;
			}
			String t = lines.trimmed(before);
			if (HeaderReader.isUpper(t) && t.length() >= 4 || MOTTO_OR_ISSUER.matcher(t).find()) {
				return true;
			}
		}
		int after = line;
		for (int k = 0; k < 2; k++) {
			after = lines.nextNonBlank(after + 1);
			if (after < 0) {
				break;
			}
			if (MOTTO_OR_ISSUER.matcher(lines.trimmed(after)).find()) {
				return true;
			}
		}
		return false;
	}

	private static int previousNonBlank(Lines lines, int line) {
		for (int i = line; i >= 0; i--) {
			if (!lines.isBlank(i)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A title line among the first non-blank lines naming the kind and the number, or a
	 * web page's "đã ban hành Thông báo 568/TB-SXD".
	 */
	private static NumberMatch title(String nfc, String m, Lines lines) {
		int seen = 0;
		for (int i = 0; i < lines.count() && seen < 4; i++) {
			if (lines.isBlank(i) || isPageHeader(lines.trimmed(i))) {
				continue;
			}
			seen++;
			Matcher title = TITLE.matcher(m).region(lines.start(i), lines.end(i));
			if (title.lookingAt() && namesKind(title.group(1))) {
				Optional<NumberMatch> n = DocumentNumbers.parseAt(nfc, m, title.end(), true);
				if (n.isPresent()) {
					return n.get();
				}
			}
			// "Sở Xây dựng đã ban hành Thông báo 568/TB-SXD", not "ban hành kèm theo".
			int issued = m.indexOf("đã ban hành", lines.start(i));
			if (issued >= 0 && issued < lines.end(i)) {
				List<NumberMatch> all = DocumentNumbers.findAll(nfc.substring(0, lines.end(i)),
						m.substring(0, lines.end(i)));
				for (NumberMatch n : all) {
					if (n.start() > issued && n.start() - issued < 40) {
						return n;
					}
				}
			}
		}
		return null;
	}

	/** Whether the words start with a kind's name ("Thông báo kết luận"). */
	private static boolean namesKind(String words) {
		String lower = words.toLowerCase(java.util.Locale.ROOT);
		for (DocumentKind kind : DocumentKind.values()) {
			for (String name : kind.names()) {
				if (lower.startsWith(name) && (lower.length() == name.length() || lower.charAt(name.length()) == ' ')) {
					return true;
				}
			}
		}
		return false;
	}

	/** The Gazette's page header or a bare page number. */
	private static boolean isPageHeader(String t) {
		return t.startsWith("CÔNG BÁO") || t.chars().allMatch(Character::isDigit);
	}

}
