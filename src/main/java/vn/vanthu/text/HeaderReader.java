package vn.vanthu.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header: issuer (and parent), own number, kind, subject, draft round and
 * marks. Text converted from two-column layouts interleaves the columns, so lines are
 * classified one by one rather than expected in a fixed order.
 */
final class HeaderReader {

	private static final Pattern PAGE_DATE = Pattern.compile("[ ]{0,3}\\(\\d{1,2}/\\d{1,2}/\\d{4}\\)$");

	private static final Pattern SUBJECT_PREFIX = Pattern.compile("^(?:V/[vV]|Về việc)[ ]?[:.]?[ ]?");

	private static final Pattern SUBJECT_START = Pattern
		.compile("(?m)(?:^|[ ]{2})[ ]{0,20}(?:V/[vV]|Về việc|VỀ VIỆC)[ ]{0,3}[:.]?[ ]{0,3}");

	private static final Pattern DRAFT = Pattern.compile(
			"DỰ[ ]{1,3}THẢO(?:[ ]{1,3}(?:LẦN|lần|Lần)[ ]{0,3}(?:thứ[ ]{1,2})?(\\d{1,2}))?|^[ ]{0,20}(?:Dự thảo|dự thảo)(?:[ ]{1,3}lần[ ]{0,3}(\\d{1,2}))?[ ]{0,5}$",
			Pattern.MULTILINE);

	private static final Pattern MOTTO = Pattern
		.compile("(?i)(CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập|ĐẢNG CỘNG SẢN VIỆT NAM|ĐỘC LẬP)");

	private static final Pattern BARE_BODY = Pattern
		.compile("(?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|UBND|HĐND|ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM");

	private static final Pattern LOCALITY = Pattern
		.compile("(?:TỈNH|HUYỆN|XÃ|THÀNH PHỐ|THỊ XÃ|PHƯỜNG|THỊ TRẤN|QUẬN|TP\\.)\\b.*");

	private HeaderReader() {
	}

	/**
	 * Where the header ends: at "Kính gửi", the first "Căn cứ", or the first long
	 * paragraph.
	 */
	static int headerEnd(Lines lines) {
		for (int i = 0; i < lines.count(); i++) {
			String t = lines.trimmed(i);
			if (t.length() > 220 || t.startsWith("Kính gửi") || t.startsWith("Căn cứ") || t.startsWith("Thực hiện")) {
				return lines.start(i);
			}
			if (lines.start(i) > 3000) {
				return lines.start(i);
			}
		}
		return lines.text().length();
	}

	static Header read(String nfc, Lines lines) {
		String m = lines.text();
		int end = headerEnd(lines);
		int last = lines.lineAt(Math.max(0, end - 1));
		NumberMatch own = OwnNumberReader.read(nfc, m, end, lines);
		List<String> issuerLines = issuerLines(lines, last);
		String issuer = null;
		String parent = null;
		if (!issuerLines.isEmpty()) {
			issuer = issuerLines.get(issuerLines.size() - 1);
			parent = issuerLines.size() > 1 ? issuerLines.get(issuerLines.size() - 2) : null;
		}
		PlaceDateReader.PlaceDate placeDate = PlaceDateReader.read(m, Math.max(end + 400, 1500));
		int titleLine = titleLine(lines, last);
		DocumentKind kind = null;
		String subject = null;
		Matcher subjectStart = SUBJECT_START.matcher(m);
		subjectStart.region(0, end);
		boolean vv = false;
		while (subjectStart.find()) {
			// "V/v" must start a line or follow a wide gap, not sit inside prose.
			vv = true;
			subject = continuation(lines, subjectStart.end());
			break;
		}
		if (titleLine >= 0) {
			kind = kindOfTitle(lines.trimmed(titleLine)).orElse(null);
			if (subject == null) {
				subject = subjectAfterTitle(lines, titleLine, kind);
			}
		}
		if (kind == null && vv) {
			kind = DocumentKind.CONG_VAN;
		}
		if (kind == null && own != null && !own.number().isBlank()) {
			kind = own.number().kind().orElse(null);
		}
		else if (kind == null && own != null && own.number().type() != null) {
			kind = own.number().kind().orElse(null);
		}
		if (kind == null) {
			kind = firstLineKind(lines);
			if (kind != null && subject == null) {
				subject = firstLineSubject(lines, kind);
			}
		}
		if (kind == null && own != null) {
			kind = own.number().kind().orElse(null);
		}
		return new Header(own, kind, issuer, parent, placeDate.place(), placeDate.date(), blankToNull(subject),
				draftRound(m, end), Marks.urgency(lines, last), Marks.secrecy(lines, last));
	}

	/** The first run of upper-case lines that are not motto, title, number or marks. */
	private static List<String> issuerLines(Lines lines, int lastLine) {
		List<String> run = new ArrayList<>();
		for (int i = 0; i <= Math.min(lastLine, 30); i++) {
			String t = lines.trimmed(i);
			int motto = mottoStart(t);
			if (motto >= 0) {
				t = t.substring(0, motto).trim();
			}
			t = VietnameseText.squash(t);
			boolean candidate = isUpper(t) && !Marks.isMark(t) && kindOfTitle(t).isEmpty() && !t.startsWith("SỐ")
					&& !t.startsWith("DỰ THẢO") && t.chars().filter(Character::isLetter).count() >= 2;
			if (candidate) {
				run.add(t);
			}
			else if (!run.isEmpty()) {
				break;
			}
		}
		// "ỦY BAN NHÂN DÂN" + "TỈNH QUẢNG NGÃI" are one name split over two lines.
		List<String> merged = new ArrayList<>();
		for (String line : run) {
			if (!merged.isEmpty() && BARE_BODY.matcher(merged.get(merged.size() - 1)).matches()
					&& LOCALITY.matcher(line).matches()) {
				merged.set(merged.size() - 1, merged.get(merged.size() - 1) + " " + line);
			}
			else {
				merged.add(line);
			}
		}
		return merged;
	}

	/**
	 * Where the motto starts in a line, or -1. Every form has Ộ or ộ ("CỘNG", "Độc",
	 * "ĐỘC"; the pattern folds ASCII case only), so lines without one skip the pattern.
	 */
	private static int mottoStart(String t) {
		if (t.indexOf('Ộ') < 0 && t.indexOf('ộ') < 0) {
			return -1;
		}
		Matcher motto = MOTTO.matcher(t);
		return motto.find() ? motto.start() : -1;
	}

	static boolean isUpper(String t) {
		boolean letter = false;
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			letter |= Character.isLetter(c);
		}
		return letter;
	}

	private static int titleLine(Lines lines, int lastLine) {
		for (int i = 0; i <= Math.min(lines.count() - 1, Math.max(lastLine, 0) + 2) && i < 45; i++) {
			if (kindOfTitle(lines.trimmed(i)).isPresent()) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * "THÔNG BÁO", "QUYẾT ĐỊNH:", "THÔNG BÁO Kết luận …" (kind in capitals at line
	 * start).
	 */
	static Optional<DocumentKind> kindOfTitle(String line) {
		String t = VietnameseText.squash(line);
		int upperEnd = 0;
		while (upperEnd < t.length() && !Character.isLowerCase(t.charAt(upperEnd))) {
			upperEnd++;
		}
		String head = t.substring(0, upperEnd).trim();
		if (upperEnd < t.length()) {
			// Drop the first letter of the lower-case word: "THÔNG BÁO Kết" keeps "THÔNG
			// BÁO".
			int sp = head.lastIndexOf(' ');
			head = sp < 0 ? "" : head.substring(0, sp);
		}
		while (!head.isEmpty() && (head.endsWith(":") || head.endsWith("."))) {
			head = head.substring(0, head.length() - 1);
		}
		head = head.trim();
		if (head.isEmpty() || head.length() > 30) {
			return Optional.empty();
		}
		return DocumentKind.fromName(head);
	}

	private static String subjectAfterTitle(Lines lines, int titleLine, DocumentKind kind) {
		String m = lines.text();
		int from = lines.contentStart(titleLine);
		int to = lines.contentEnd(titleLine);
		int lower = from;
		while (lower < to && !Character.isLowerCase(m.charAt(lower))) {
			lower++;
		}
		if (lower < to) {
			// "THÔNG BÁO Kết luận …": the subject starts with the word holding the first
			// lower case.
			int wordStart = lower;
			while (wordStart > from && !Character.isWhitespace(m.charAt(wordStart - 1))) {
				wordStart--;
			}
			return continuation(lines, wordStart);
		}
		int next = lines.nextNonBlank(titleLine + 1);
		if (next < 0 || next > titleLine + 3) {
			return null;
		}
		String t = lines.trimmed(next);
		if (t.startsWith("Căn cứ") || t.startsWith("Kính gửi") || t.length() > 220) {
			return null;
		}
		return continuation(lines, lines.contentStart(next));
	}

	/** A kind named by the first line of a page ("Thông báo Kết quả họp …"). */
	private static DocumentKind firstLineKind(Lines lines) {
		int first = lines.nextNonBlank(0);
		if (first < 0) {
			return null;
		}
		String t = VietnameseText.squash(lines.trimmed(first)).toLowerCase(Locale.ROOT);
		for (DocumentKind kind : DocumentKind.values()) {
			for (String name : kind.names()) {
				if (t.startsWith(name + " ") && kind != DocumentKind.LUAT) {
					return kind;
				}
			}
		}
		return null;
	}

	private static String firstLineSubject(Lines lines, DocumentKind kind) {
		int first = lines.nextNonBlank(0);
		String t = VietnameseText.squash(lines.trimmed(first));
		for (String name : kind.names()) {
			if (t.toLowerCase(Locale.ROOT).startsWith(name + " ")) {
				String rest = t.substring(name.length()).trim();
				return PAGE_DATE.matcher(rest).replaceFirst("");
			}
		}
		return null;
	}

	/**
	 * The text from an offset to the end of its paragraph (blank line, structural line, 6
	 * lines).
	 */
	static String continuation(Lines lines, int from) {
		String m = lines.text();
		int line = lines.lineAt(from);
		StringBuilder sb = new StringBuilder(m.substring(from, lines.end(line)));
		for (int i = line + 1; i < lines.count() && i <= line + 6; i++) {
			String t = lines.trimmed(i);
			if (t.isEmpty() || t.startsWith("Kính gửi") || t.startsWith("-") || t.startsWith("Căn cứ")
					|| mottoStart(t) >= 0 || t.startsWith("Số") || (isUpper(t) && t.length() > 3)
					|| PlaceDateReader.read(t, t.length()).date() != null || t.length() > 220) {
				break;
			}
			sb.append(' ').append(t);
		}
		String s = VietnameseText.squash(sb);
		s = SUBJECT_PREFIX.matcher(s).replaceFirst("");
		return s;
	}

	private static Integer draftRound(String m, int end) {
		Matcher d = DRAFT.matcher(m);
		d.region(0, Math.min(m.length(), Math.max(end, 200)));
		if (d.find()) {
			String n = d.group(1) != null ? d.group(1) : d.group(2);
			return n == null ? 1 : Integer.valueOf(n);
		}
		return null;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
