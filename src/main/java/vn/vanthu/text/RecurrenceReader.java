package vn.vanthu.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Detects periodic duties: "định kỳ 6 tháng và hàng năm", "hằng quý", "hàng tháng". */
final class RecurrenceReader {

	private static final Pattern PERIOD = Pattern.compile(
			"(?i)(định kỳ[ ]{1,2}(?:6|sáu)[ ]{1,2}tháng|(?:6|sáu)[ ]{1,2}tháng[ ]{1,2}(?:một|1)[ ]{1,2}lần|sơ kết[ ]{1,2}6[ ]{1,2}tháng|bán niên)"
					+ "|((?:hàng|hằng)[ ]{1,2}quý|định kỳ[ ]{1,2}(?:hàng[ ]{1,2}|hằng[ ]{1,2})?quý)"
					+ "|((?:hàng|hằng)[ ]{1,2}tháng|định kỳ[ ]{1,2}(?:hàng[ ]{1,2}|hằng[ ]{1,2})?tháng)"
					+ "|((?:hàng|hằng)[ ]{1,2}tuần)"
					+ "|((?:hàng|hằng)[ ]{1,2}năm|định kỳ[ ]{1,2}(?:hàng[ ]{1,2}|hằng[ ]{1,2})?năm)");

	private RecurrenceReader() {
	}

	/**
	 * The shortest period mentioned, e.g. SEMIANNUAL for "định kỳ 6 tháng và hàng năm".
	 */
	static Recurrence of(String text) {
		Matcher p = PERIOD.matcher(text);
		Recurrence best = null;
		while (p.find()) {
			Recurrence r = p.group(1) != null ? Recurrence.SEMIANNUAL
					: p.group(2) != null ? Recurrence.QUARTERLY : p.group(3) != null ? Recurrence.MONTHLY
							: p.group(4) != null ? Recurrence.WEEKLY : Recurrence.ANNUAL;
			if (best == null || r.ordinal() < best.ordinal()) {
				best = r;
			}
		}
		return best;
	}

}
