package vn.vanthu.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date forms of administrative prose: "13/12/2024", "04/8/2023", "13-12-2024", "ngày 3
 * tháng 4 năm 2019". All patterns are bounded and anchored at a given offset.
 */
final class VietnameseDates {

	/** "13/12/2024" with '/', '-' or '.' as separator, spaces allowed around it. */
	static final Pattern NUMERIC = Pattern
		.compile("(?<!\\d)(\\d{1,2})[ ]{0,2}([/.-])[ ]{0,2}(\\d{1,2})[ ]{0,2}\\2[ ]{0,2}((?:19|20)\\d{2})(?![\\d/])");

	/** "ngày 3 tháng 4 năm 2019" (the leading "ngày" is optional here). */
	static final Pattern LONG = Pattern.compile(
			"(?:[Nn]gày\\s{1,4})?(\\d{1,2})\\s{1,4}(?:tháng|Tháng|THÁNG)\\s{1,4}(\\d{1,2})\\s{1,4}(?:năm|Năm|NĂM)\\s{1,4}((?:19|20)\\d{2})(?!\\d)");

	/** Day and month without year: "15/3", "ngày 15 tháng 3". */
	static final Pattern SHORT = Pattern
		.compile("(?<!\\d)(\\d{1,2})[ ]{0,2}(?:/|-|\\s{1,4}tháng\\s{1,4})[ ]{0,2}(\\d{1,2})(?![\\d/.-]\\d)(?!\\d)");

	private VietnameseDates() {
	}

	/** A date found at a position. */
	record Found(LocalDate date, int start, int end) {
	}

	/** A full date starting exactly at {@code from} (after optional spaces). */
	static Optional<Found> fullDateAt(String m, int from) {
		int at = skipSpaces(m, from);
		Matcher numeric = NUMERIC.matcher(m).region(at, m.length());
		numeric.useTransparentBounds(true);
		if (numeric.lookingAt()) {
			return make(numeric.group(1), numeric.group(3), numeric.group(4), at, numeric.end());
		}
		Matcher long_ = LONG.matcher(m).region(at, m.length());
		long_.useTransparentBounds(true);
		if (long_.lookingAt()) {
			return make(long_.group(1), long_.group(2), long_.group(3), at, long_.end());
		}
		return Optional.empty();
	}

	/**
	 * A date at {@code from}, full or day/month only; the year of a short date is taken
	 * from the reference date, moved to the next year when that would put it more than a
	 * month before.
	 */
	static Optional<Found> dateAt(String m, int from, LocalDate reference) {
		Optional<Found> full = fullDateAt(m, from);
		if (full.isPresent() || reference == null) {
			return full;
		}
		int at = skipSpaces(m, from);
		Matcher shortDate = SHORT.matcher(m).region(at, m.length());
		shortDate.useTransparentBounds(true);
		if (!shortDate.lookingAt()) {
			return Optional.empty();
		}
		Optional<Found> found = make(shortDate.group(1), shortDate.group(2), String.valueOf(reference.getYear()), at,
				shortDate.end());
		return found.map((f) -> f.date().isBefore(reference.minusMonths(1))
				? new Found(f.date().plusYears(1), f.start(), f.end()) : f);
	}

	static Optional<Found> make(String day, String month, String year, int start, int end) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
			return Optional.of(new Found(date, start, end));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	static int skipSpaces(String m, int from) {
		int i = from;
		int limit = Math.min(m.length(), from + 12);
		while (i < limit && Character.isWhitespace(m.charAt(i))) {
			i++;
		}
		return i;
	}

}
