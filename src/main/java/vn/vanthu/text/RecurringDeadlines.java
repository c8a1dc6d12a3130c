package vn.vanthu.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds recurring duties with their date: "trước ngày 10/12 hằng năm", "chậm nhất ngày 25
 * hằng tháng", "vào thứ Hai hằng tuần", and the same with the period first ("Hằng năm,
 * các đơn vị báo cáo trước ngày 31/3"). Each match is anchored at a "hằng/hàng/mỗi
 * năm|tháng|tuần" and reads a bounded window on either side of it, so a scan is linear.
 */
final class RecurringDeadlines {

	private static final String TRIGGER = "(?:[Tt]rước|[Cc]hậm nhất(?:[ ]{1,3}(?:là|vào))?|[Mm]uộn nhất|[Vv]ào|[Hh]ạn chót|[Hh]ạn cuối|[Tt]rong)";

	private static final String TIME = "(?:\\d{1,2}[ ]{0,2}(?:giờ|h)(?:[ ]{0,2}\\d{1,2}(?:[ ]{0,2}phút)?)?[ ]{0,2},?[ ]{0,2})?";

	private static final String DAY = "(?:ngày[ \\n]{1,3})";

	private static final String MONTH_DAY = "(\\d{1,2})(?:[ ]{0,2}[/.-][ ]{0,2}|[ \\n]{1,3}tháng[ \\n]{1,3})(\\d{1,2})";

	private static final String WEEKDAY = "(?:(?:buổi[ ]{1,2})?(?:sáng|chiều)[ ]{1,3})?(?:ngày[ ]{1,3})?"
			+ "(thứ[ ]{1,2}(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ[ ]nhật)";

	private static final String OF = "[ ,\\n]{1,3}(?:của[ ]{1,3})?$";

	private static final Pattern YEARLY_BEFORE = Pattern
		.compile(TRIGGER + "[ \\n]{1,3}" + TIME + DAY + "?" + MONTH_DAY + OF);

	private static final Pattern MONTHLY_BEFORE = Pattern
		.compile(TRIGGER + "[ \\n]{1,3}" + TIME + DAY + "(\\d{1,2})" + OF);

	private static final Pattern WEEKLY_BEFORE = Pattern.compile(TRIGGER + "[ \\n]{1,3}" + TIME + WEEKDAY + OF);

	/** From the end of the period words to the trigger: a few words of a clause. */
	private static final String LEAD = "[ ,:]{1,3}(?:[\\p{L}()]{1,10}[ ]{1,2}){0,10}?" + TRIGGER + "[ \\n]{1,3}" + TIME;

	private static final Pattern YEARLY_AFTER = Pattern
		.compile(LEAD + DAY + "?" + MONTH_DAY + "(?![\\d/]|[.\\-]\\d|[ \\n]{1,3}năm)");

	private static final Pattern MONTHLY_AFTER = Pattern
		.compile(LEAD + DAY + "(\\d{1,2})(?![\\d/]|[.\\-]\\d|[ \\n]{1,3}tháng|[ ]{0,2}(?:giờ|h\\b))");

	private static final Pattern WEEKLY_AFTER = Pattern.compile(LEAD + WEEKDAY);

	/** The period words after "hằng", "hàng" or "mỗi". */
	private static final String[] PERIODS = { " năm", " tháng", " tuần" };

	private RecurringDeadlines() {
	}

	/**
	 * The recurring deadlines of a text, in order.
	 * @param m the text prepared for matching
	 * @param reference the document's date (first due dates are counted from it), or
	 * {@code null}
	 */
	static List<Deadline> find(String m, LocalDate reference) {
		List<Deadline> found = new ArrayList<>();
		for (String every : new String[] { "ằng", "àng", "ỗi" }) {
			for (int at = m.indexOf(every); at >= 0; at = m.indexOf(every, at + 1)) {
				int start = at - 1;
				if (start < 0 || !isEveryWord(m, start)) {
					continue;
				}
				int afterEvery = at + every.length();
				for (int p = 0; p < PERIODS.length; p++) {
					if (m.startsWith(PERIODS[p], afterEvery) && !isLetter(m, afterEvery + PERIODS[p].length())) {
						Deadline d = at(m, start, afterEvery + PERIODS[p].length(), p, reference);
						if (d != null) {
							found.add(d);
						}
					}
				}
			}
		}
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}

	/**
	 * "hằng", "hàng" (but not "hàng hóa": the period follows) or "mỗi" at a word start.
	 */
	private static boolean isEveryWord(String m, int start) {
		char c = m.charAt(start);
		boolean initial = c == 'h' || c == 'H' || (c == 'm' || c == 'M') && m.startsWith("ỗi", start + 1);
		return initial && (start == 0 || !Character.isLetterOrDigit(m.charAt(start - 1)));
	}

	private static boolean isLetter(String m, int at) {
		return at < m.length() && Character.isLetter(m.charAt(at));
	}

	/** The recurring deadline around the period words [start, end) of kind p, or null. */
	private static Deadline at(String m, int start, int end, int period, LocalDate reference) {
		Pattern before = switch (period) {
			case 0 -> YEARLY_BEFORE;
			case 1 -> MONTHLY_BEFORE;
			default -> WEEKLY_BEFORE;
		};
		Matcher b = before.matcher(m);
		int from = Math.max(0, start - 90);
		for (int s = from; s < start; s++) {
			if (!isTriggerStart(m, s)) {
				continue;
			}
			b.region(s, start);
			if (b.lookingAt()) {
				return make(m, b, period, s, end, reference);
			}
		}
		Pattern after = switch (period) {
			case 0 -> YEARLY_AFTER;
			case 1 -> MONTHLY_AFTER;
			default -> WEEKLY_AFTER;
		};
		Matcher a = after.matcher(m);
		a.region(end, Math.min(m.length(), end + 120));
		a.useTransparentBounds(true);
		if (a.lookingAt()) {
			return make(m, a, period, start, a.end(), reference);
		}
		return null;
	}

	private static boolean isTriggerStart(String m, int s) {
		char c = Character.toLowerCase(m.charAt(s));
		return (c == 't' || c == 'c' || c == 'v' || c == 'h' || c == 'm')
				&& (s == 0 || !Character.isLetterOrDigit(m.charAt(s - 1)));
	}

	private static Deadline make(String m, Matcher found, int period, int start, int end, LocalDate reference) {
		RecurringDate date;
		try {
			date = switch (period) {
				case 0 -> RecurringDate.yearly(Integer.parseInt(found.group(2)), Integer.parseInt(found.group(1)));
				case 1 -> RecurringDate.monthly(Integer.parseInt(found.group(1)));
				default -> RecurringDate.weekly(weekday(found.group(1)));
			};
		}
		catch (RuntimeException ex) {
			// "ngày 31/2": not a date.
			return null;
		}
		DeadlineDate first = reference == null ? null : DeadlineDate.of(date.nextOnOrAfter(reference));
		return new Deadline(first, date, VietnameseText.squash(m.substring(start, end)), start, end);
	}

	private static DayOfWeek weekday(String words) {
		String w = VietnameseText.squash(words).toLowerCase(Locale.ROOT);
		return switch (w.substring(w.lastIndexOf(' ') + 1)) {
			case "hai", "2" -> DayOfWeek.MONDAY;
			case "ba", "3" -> DayOfWeek.TUESDAY;
			case "tư", "4" -> DayOfWeek.WEDNESDAY;
			case "năm", "5" -> DayOfWeek.THURSDAY;
			case "sáu", "6" -> DayOfWeek.FRIDAY;
			case "bảy", "7" -> DayOfWeek.SATURDAY;
			default -> DayOfWeek.SUNDAY;
		};
	}

}
