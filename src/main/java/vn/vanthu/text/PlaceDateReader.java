package vn.vanthu.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "Quảng Ngãi, ngày 16 tháng 12 năm 2024", blanks of drafts included. */
final class PlaceDateReader {

	private static final String BLANK_OR_NUMBER = "(\\d{1,2}|[ ._…]{0,16})";

	private static final Pattern PLACE_DATE = Pattern
		.compile("(?<place>\\p{Lu}[\\p{L}.' ]{0,40}?)[ ]{0,3},[ ]{0,4}[Nn]gày[ ]{0,4}" + BLANK_OR_NUMBER
				+ "[ ]{0,4}tháng[ ]{0,4}" + BLANK_OR_NUMBER + "[ ]{0,4}năm[ ]{0,4}((?:19|20)\\d{2})(?!\\d)");

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
		Matcher matcher = PLACE_DATE.matcher(m);
		matcher.region(0, Math.min(m.length(), limit));
		if (matcher.find()) {
			String place = matcher.group("place");
			// Columns flattened on one line: keep what follows the last wide gap.
			int gap = place.lastIndexOf("  ");
			if (gap >= 0) {
				place = place.substring(gap);
			}
			place = dropLeadingCodes(VietnameseText.squash(place));
			Integer year = Integer.valueOf(matcher.group(4));
			Integer month = number(matcher.group(3));
			Integer day = month == null ? null : number(matcher.group(2));
			if (month != null && (month < 1 || month > 12)) {
				month = null;
				day = null;
			}
			if (day != null && (day < 1 || day > 31)) {
				day = null;
			}
			PartialDate date = new PartialDate(year, month, day);
			if (date.isComplete()) {
				try {
					date.toLocalDate();
				}
				catch (RuntimeException ex) {
					date = new PartialDate(year, month, null);
				}
			}
			return new PlaceDate(place.isEmpty() ? null : place, date);
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

}
