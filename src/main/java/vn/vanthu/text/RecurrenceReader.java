package vn.vanthu.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Detects periodic duties: "định kỳ 6 tháng và hàng năm", "hằng quý", "hàng tháng". */
final class RecurrenceReader {

	private static final Pattern PERIOD = Pattern.compile(
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
		Matcher p = null;
		for (String anchor : ANCHORS) {
			for (int at = lower.indexOf(anchor); at >= 0; at = lower.indexOf(anchor, at + 1)) {
				if (p == null) {
					p = PERIOD.matcher(lower);
				}
				p.region(at, lower.length());
				if (!p.lookingAt()) {
					continue;
				}
				Recurrence r = p.group(1) != null ? Recurrence.SEMIANNUAL
						: p.group(2) != null ? Recurrence.QUARTERLY : p.group(3) != null ? Recurrence.MONTHLY
								: p.group(4) != null ? Recurrence.WEEKLY : Recurrence.ANNUAL;
				if (best == null || r.ordinal() < best.ordinal()) {
					best = r;
				}
			}
		}
		return best;
	}

}
