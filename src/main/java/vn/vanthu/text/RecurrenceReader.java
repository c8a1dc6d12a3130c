package vn.vanthu.text;

import java.util.regex.Pattern;

/** Detects periodic duties: "định kỳ 6 tháng và hàng năm", "hằng quý", "hàng tháng". */
final class RecurrenceReader {

	static final Pattern PERIOD = Pattern.compile(
			"(định kỳ[ ]{1,2}(?:6|sáu)[ ]{1,2}tháng|(?:6|sáu)[ ]{1,2}tháng[ ]{1,2}(?:một|1)[ ]{1,2}lần|sơ kết[ ]{1,2}6[ ]{1,2}tháng|bán niên)"
					+ "|((?:hàng|hằng)[ ]{1,2}quý|định kỳ[ ]{1,2}(?:hàng[ ]{1,2}|hằng[ ]{1,2})?quý)"
					+ "|((?:hàng|hằng)[ ]{1,2}tháng|định kỳ[ ]{1,2}(?:hàng[ ]{1,2}|hằng[ ]{1,2})?tháng)"
					+ "|((?:hàng|hằng)[ ]{1,2}tuần)"
					+ "|((?:hàng|hằng)[ ]{1,2}năm|định kỳ[ ]{1,2}(?:hàng[ ]{1,2}|hằng[ ]{1,2})?năm)");

	/**
	 * Literal starts of the alternatives of {@link #PERIOD}, searched first because it is
	 * cheap.
	 */
	private static final String[] ANCHORS = { "định kỳ", "hàng", "hằng", "6 tháng", "sáu tháng", "sơ kết", "bán niên" };

	private RecurrenceReader() {
	}

	/**
	 * The shortest period mentioned, e.g. SEMIANNUAL for "định kỳ 6 tháng và hàng năm".
	 */
	static Recurrence of(String text) {
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		Recurrence best = null;
		for (String anchor : ANCHORS) {
			for (int at = lower.indexOf(anchor); at >= 0; at = lower.indexOf(anchor, at + 1)) {
				Recurrence r = periodAt(lower, at);
				if (r != null && (best == null || r.ordinal() < best.ordinal())) {
					best = r;
				}
			}
		}
		return best;
	}

	/**
	 * The period of the match of {@link #PERIOD} starting at {@code at} (like
	 * {@code lookingAt}: the first alternative that matches decides), or {@code null}.
	 */
	static Recurrence periodAt(String s, int at) {
		int afterDinhKy = spaces(s, after(s, at, "định kỳ"));
		if (after(s, spaces(s, sixOrSau(s, afterDinhKy)), "tháng") >= 0) {
			return Recurrence.SEMIANNUAL;
		}
		int i = spaces(s, after(s, spaces(s, sixOrSau(s, at)), "tháng"));
		if (after(s, spaces(s, oneOrMot(s, i)), "lần") >= 0) {
			return Recurrence.SEMIANNUAL;
		}
		if (after(s, spaces(s, after(s, spaces(s, after(s, at, "sơ kết")), "6")), "tháng") >= 0
				|| s.startsWith("bán niên", at)) {
			return Recurrence.SEMIANNUAL;
		}
		if (everyOr(s, at, afterDinhKy, "quý", true)) {
			return Recurrence.QUARTERLY;
		}
		if (everyOr(s, at, afterDinhKy, "tháng", true)) {
			return Recurrence.MONTHLY;
		}
		if (everyOr(s, at, afterDinhKy, "tuần", false)) {
			return Recurrence.WEEKLY;
		}
		if (everyOr(s, at, afterDinhKy, "năm", true)) {
			return Recurrence.ANNUAL;
		}
		return null;
	}

	/**
	 * "(hàng|hằng)[ ]{1,2}WORD" at {@code at}, or when {@code periodic} "định kỳ[
	 * ]{1,2}(?:hàng[ ]{1,2}|hằng[ ]{1,2})?WORD" ({@code afterDinhKy} is where the text
	 * after "định kỳ" and its spaces starts, or -1).
	 */
	private static boolean everyOr(String s, int at, int afterDinhKy, String word, boolean periodic) {
		if (after(s, spaces(s, hangOrHang(s, at)), word) >= 0) {
			return true;
		}
		if (!periodic || afterDinhKy < 0) {
			return false;
		}
		return after(s, spaces(s, hangOrHang(s, afterDinhKy)), word) >= 0 || s.startsWith(word, afterDinhKy);
	}

	/** The offset after {@code word} at {@code at}, or -1 (also when {@code at} is). */
	private static int after(String s, int at, String word) {
		return at >= 0 && s.startsWith(word, at) ? at + word.length() : -1;
	}

	/**
	 * The offset after one or two spaces at {@code at}, or -1: a third space would leave
	 * no match, as what follows never starts with a space.
	 */
	private static int spaces(String s, int at) {
		if (at < 0) {
			return -1;
		}
		int i = at;
		while (i < s.length() && i - at < 3 && s.charAt(i) == ' ') {
			i++;
		}
		int n = i - at;
		return n == 1 || n == 2 ? i : -1;
	}

	private static int sixOrSau(String s, int at) {
		int i = after(s, at, "6");
		return i >= 0 ? i : after(s, at, "sáu");
	}

	private static int oneOrMot(String s, int at) {
		int i = after(s, at, "một");
		return i >= 0 ? i : after(s, at, "1");
	}

	private static int hangOrHang(String s, int at) {
		int i = after(s, at, "hàng");
		return i >= 0 ? i : after(s, at, "hằng");
	}

}
