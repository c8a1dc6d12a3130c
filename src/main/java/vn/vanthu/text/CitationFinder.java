package vn.vanthu.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the other documents a text cites by number: "Công văn số 8131/BNV-CCHC ngày
 * 13/12/2024 của Bộ Nội vụ", lists ("Công văn số: 6675/UBND-TTHC ngày 10/12/2024,
 * 5586/UBND-TTHC ngày 16/10/2024"), laws ("Luật … số 80/2015/QH13").
 */
final class CitationFinder {

	private static final Pattern TRAILING = Pattern.compile("[ .\\-]{1,10}$");

	/** Between a kind word and the number: "số", "số:", "liên tịch số", nothing. */
	private static final Pattern DIRECT = Pattern
		.compile("(?i)[ \\n]{0,6}(?:liên tịch[ \\n]{1,3})?(?:số|so)?[ \\n]{0,4}[:.]?[ \\n]{0,6}");

	/** After the number: an optional comma, "ban hành", then "ngày". */
	private static final Pattern DATE_LEAD = Pattern
		.compile("[ \\n]{0,3},?[ \\n]{0,3}(?:ban hành[ \\n]{1,3})?(?:[Nn]gày|ngay)[ \\n]{0,3}");

	private static final Pattern ISSUER = Pattern
		.compile("[ \\n]{0,3},?[ \\n]{0,3}của[ \\n]{1,3}((?:\\p{L}|[ .&\\-](?=\\p{L}))[\\p{L}\\p{N} .&\\-]{1,90})");

	/** Words ending an issuer phrase: "của Bộ Nội vụ về hướng dẫn" stops before "về". */
	private static final Pattern ISSUER_STOP = Pattern.compile(
			"(?i)[ \\n](?:về|v/v|ban hành|phê duyệt|quy định|hướng dẫn|triển khai|tại|đã|nhằm|để|trong|thực hiện|giai đoạn|năm \\d|tháng|ngày|kèm|sửa đổi|bổ sung|chỉ đạo|đẩy mạnh|tiếp tục|và các|gửi|và|đảm bảo|bảo đảm|theo|đến|cho|với|có|được|là|nay|khi|sau|trước|thì|mà|do|này|đó|đề nghị|yêu cầu|giao|quyết định|xác định|phê chuẩn|công bố|cụ thể|về việc)(?!\\p{L})|[(,;]|\\.[ \\n]|\\.$");

	/**
	 * A title between a kind word and "số", without another number or sentence break in
	 * it.
	 */
	private static final Pattern NAMED = Pattern
		.compile("(?s)[ \\n][^()0-9.;:]{0,60}[ \\n](?:số|so)[ \\n]{0,3}:?[ \\n]{0,3}");

	/** Separators between items of a list of numbers. */
	private static final Pattern LIST_GAP = Pattern
		.compile("[ \\n]{0,3}(?:,|;|và|và các|hoặc)[ \\n]{0,3}(?:(?:số|so)[ \\n]{0,3}:?[ \\n]{0,3})?");

	private static final Pattern FORM = Pattern.compile("(?:[Mm]ẫu|MẪU)[ \\n]{0,2}(?:số|SỐ)?[ \\n]{0,2}:?[ \\n]{0,3}$");

	private static final DocumentKind[] KINDS = DocumentKind.values();

	/** The first letters of the kind names. */
	private static final String NAME_STARTS = nameStarts();

	private CitationFinder() {
	}

	static List<Citation> find(String nfc, String m, List<NumberMatch> numbers, DocumentNumber own, int ownStart) {
		List<Citation> result = new ArrayList<>();
		String ownKey = own == null || own.isBlank() ? null : own.key();
		Citation previous = null;
		int formEnd = -1;
		for (NumberMatch n : numbers) {
			if (isForm(m, n.start()) || formEnd >= 0 && isListContinuation(m, formEnd, n.start())) {
				// "các mẫu số 24a/QĐC, 24b/QĐC": the forms of an annex, not documents.
				formEnd = n.end();
				continue;
			}
			if (n.start() == ownStart || (ownKey != null && ownKey.equals(n.number().key()))) {
				continue;
			}
			int start = n.start();
			DocumentKind kind = null;
			Optional<int[]> word = kindWordBefore(m, n.start());
			if (word.isPresent()) {
				start = word.get()[0];
				kind = DocumentKind.values()[word.get()[1]];
			}
			else if (previous != null && isListContinuation(m, previous.end(), n.start())) {
				kind = previous.kind();
			}
			// The type abbreviation is the issuer's own word for the kind: it wins over
			// prose
			// ("Thông báo kết luận số 270/TB-UBND" is a Thông báo).
			if (n.number().type() != null && n.number().kind().isPresent()) {
				kind = n.number().kind().get();
			}
			if (kind == null) {
				kind = n.number().kind().orElse(DocumentKind.CONG_VAN);
			}
			int end = n.end();
			LocalDate date = null;
			Matcher lead = DATE_LEAD.matcher(m).region(end, Math.min(m.length(), end + 40));
			lead.useTransparentBounds(true);
			if (lead.lookingAt()) {
				Optional<VietnameseDates.Found> d = VietnameseDates.fullDateAt(m, lead.end());
				if (d.isPresent()) {
					date = d.get().date();
					end = d.get().end();
				}
			}
			String issuer = null;
			Matcher of = ISSUER.matcher(m).region(end, Math.min(m.length(), end + 100));
			of.useTransparentBounds(true);
			if (of.lookingAt()) {
				String phrase = of.group(1);
				Matcher stop = ISSUER_STOP.matcher(phrase);
				int cut = stop.find() ? stop.start() : phrase.length();
				int newline = phrase.indexOf('\n');
				if (newline >= 0 && newline < cut) {
					cut = newline;
				}
				String candidate = TRAILING.matcher(VietnameseText.squash(phrase.substring(0, cut))).replaceFirst(""); // trailing
																														// "
																														// .-"
				if (!candidate.isEmpty() && Character.isUpperCase(candidate.charAt(0)) && candidate.length() <= 80) {
					issuer = candidate;
					end = of.start(1) + phrase.substring(0, cut).stripTrailing().length();
				}
			}
			Citation c = new Citation(kind, n.number(), date, issuer, VietnameseText.squash(m.substring(start, end)),
					start, end);
			result.add(c);
			previous = c;
		}
		return result;
	}

	/**
	 * A kind word ("Công văn", "Quyết định", "Luật Cán bộ, công chức") right before the
	 * number: returns {start offset, kind ordinal}.
	 */
	private static Optional<int[]> kindWordBefore(String m, int numberStart) {
		int from = Math.max(0, numberStart - 80);
		String window = m.substring(from, numberStart).toLowerCase(Locale.ROOT);
		// The last word start holding a kind name led straight to the number; at one
		// position the first kind (and name) in declaration order wins.
		for (int at = window.length() - 1; at >= 0; at--) {
			if (NAME_STARTS.indexOf(window.charAt(at)) < 0 || (at > 0 && Character.isLetter(window.charAt(at - 1)))) {
				continue;
			}
			for (DocumentKind kind : KINDS) {
				for (String name : kind.names()) {
					if (!window.startsWith(name, at)) {
						continue;
					}
					int after = at + name.length();
					boolean wordEnd = after >= window.length() || !Character.isLetter(window.charAt(after));
					if (wordEnd && isDirect(window.substring(after), kind)) {
						return Optional.of(new int[] { from + at, kind.ordinal() });
					}
				}
			}
		}
		return Optional.empty();
	}

	private static String nameStarts() {
		StringBuilder sb = new StringBuilder();
		for (DocumentKind kind : KINDS) {
			for (String name : kind.names()) {
				if (sb.indexOf(name.substring(0, 1)) < 0) {
					sb.append(name.charAt(0));
				}
			}
		}
		return sb.toString();
	}

	/** Whether what follows the kind word leads straight to the number. */
	private static boolean isDirect(String between, DocumentKind kind) {
		if (DIRECT.matcher(between).matches()) {
			return true;
		}
		// A named document: "Luật Cán bộ, công chức số", "Chương trình hành động số".
		return between.length() <= 70 && !between.contains("\n\n") && !between.contains(";")
				&& NAMED.matcher(between).matches();
	}

	/** "Mẫu số: 01b/TB-TMĐN" names an annex's form, not a document. */
	private static boolean isForm(String m, int numberStart) {
		return FORM.matcher(m).region(Math.max(0, numberStart - 16), numberStart).find();
	}

	private static boolean isListContinuation(String m, int previousEnd, int start) {
		if (start < previousEnd || start - previousEnd > 16) {
			return false;
		}
		return LIST_GAP.matcher(m.substring(previousEnd, start)).matches();
	}

}
