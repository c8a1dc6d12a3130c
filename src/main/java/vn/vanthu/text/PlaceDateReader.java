package vn.vanthu.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "Quảng Ngãi, ngày 16 tháng 12 năm 2024", blanks of drafts included. */
final class PlaceDateReader {

	private static final String BLANK_OR_NUMBER = "(\\d{1,2}|[ ._…]{0,16})";

	/** The date part, matched at each "ngày" that follows a comma. */
	private static final Pattern DATE_PART = Pattern.compile("[Nn]gày[ ]{0,4}" + BLANK_OR_NUMBER
			+ "[ ]{0,4}tháng[ ]{0,4}" + BLANK_OR_NUMBER + "[ ]{0,4}năm[ ]{0,4}((?:19|20)\\d{2})(?!\\d)");

	private static final Pattern PLACE = Pattern.compile("\\p{Lu}[\\p{L}.' ]{0,40}");

	/** "Ngày 26/03/2024, Sở Xây dựng đã ban hành …" on a web page. */
	private static final Pattern ISSUED_ON_PAGE = Pattern
		.compile("(?m)^[ ]{0,8}Ngày[ ]{1,3}(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})[^\\n]{0,120}ban hành");

	private PlaceDateReader() {
	}

	record PlaceDate(String place, PartialDate date) {
	}

	/**
	 * The first place-and-date line within {@code limit} characters, else a web-page
	 * fallback.
	 */
	static PlaceDate read(String m, int limit) {
		int end = Math.min(m.length(), limit);
		Matcher date = DATE_PART.matcher(m);
		date.useTransparentBounds(true);
		for (int at = m.indexOf("gày", 1); at > 0 && at < end; at = m.indexOf("gày", at + 3)) {
			int n = at - 1;
			int comma = n - 1;
			while (comma >= 0 && comma > n - 5 && m.charAt(comma) == ' ') {
				comma--;
			}
			if (comma < 1 || m.charAt(comma) != ',') {
				continue;
			}
			date.region(n, Math.min(m.length(), n + 80));
			if (!date.lookingAt()) {
				continue;
			}
			int lineStart = m.lastIndexOf('\n', comma) + 1;
			String place = m.substring(Math.max(lineStart, comma - 60), comma);
			// Columns flattened on one line: keep what follows the last wide gap.
			int gap = place.lastIndexOf("  ");
			if (gap >= 0) {
				place = place.substring(gap);
			}
			place = place.trim();
			if (!PLACE.matcher(place).matches()) {
				place = "";
			}
			place = dropLeadingCodes(VietnameseText.squash(place));
			return new PlaceDate(place.isEmpty() ? null : place,
					partial(date.group(1), date.group(2), Integer.parseInt(date.group(3))));
		}
		Matcher page = ISSUED_ON_PAGE.matcher(m);
		page.region(0, Math.min(m.length(), 600));
		if (page.find()) {
			return VietnameseDates.make(page.group(1), page.group(2), page.group(3), 0, 0)
				.map((f) -> new PlaceDate(null, PartialDate.of(f.date())))
				.orElse(new PlaceDate(null, null));
		}
		return new PlaceDate(null, null);
	}

	/**
	 * "UBND Quảng Ngãi" (a symbol before the place on a flattened line) becomes "Quảng
	 * Ngãi".
	 */
	private static String dropLeadingCodes(String place) {
		String[] tokens = place.split(" ");
		int i = 0;
		while (i < tokens.length - 1 && tokens[i].length() >= 2 && !tokens[i].endsWith(".")
				&& tokens[i].equals(tokens[i].toUpperCase(java.util.Locale.ROOT))) {
			i++;
		}
		return String.join(" ", java.util.Arrays.copyOfRange(tokens, i, tokens.length));
	}

	private static Integer number(String text) {
		String t = text.trim();
		if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
			return null;
		}
		return Integer.valueOf(t);
	}

	private static PartialDate partial(String dayText, String monthText, int year) {
		Integer month = number(monthText);
		Integer day = month == null ? null : number(dayText);
		if (month != null && (month < 1 || month > 12)) {
			return new PartialDate(year, null, null);
		}
		if (day != null && (day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth())) {
			day = null;
		}
		return new PartialDate(year, month, day);
	}

}
