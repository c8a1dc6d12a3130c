package vn.vanthu.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds deadlines: "chậm nhất ngày 09/8/2023", "trước ngày 30/8/2023", "hoàn thành trong
 * tháng 02/2024", "trong quý I/2024", "trước ngày 15/3" (year from the document date).
 * Effective dates ("có hiệu lực từ ngày", "kể từ ngày ký") are not deadlines: they use no
 * trigger word here.
 */
final class DeadlineFinder {

	/**
	 * A trigger ending right where a day date starts (matched backwards from each date,
	 * so only the few dates of a text pay for it).
	 */
	private static final Pattern DAY_TRIGGER = Pattern.compile(
			"(?:(?:[Hh]oàn thành|[Hh]oàn tất|[Xx]ong|[Gg]ửi|[Nn]ộp|[Bb]áo cáo)[ \\n]{1,3})?(?:[Cc]hậm nhất|[Mm]uộn nhất|[Tt]rước|[Hh]ạn chót|[Hh]ạn cuối|[Tt]hời hạn(?: hoàn thành| nộp| gửi| báo cáo)?|[Tt]rong ngày|[Vv]ào ngày|[Đđ]ến hết ngày|[Hh]oàn thành ngày|[Xx]ong ngày)(?:[ \\n]{1,3}(?:là|vào|đến))?[ \\n]{0,3}:?[ \\n]{0,3}(?:\\d{1,2}[ ]{0,2}(?:giờ|h)(?:[ ]{0,2}\\d{1,2}(?:[ ]{0,2}phút)?)?[ ]{0,2},?[ ]{0,2})?(?:ngày[ \\n]{0,3})?$");

	/**
	 * "tháng 02/2024", "tháng 3 năm 2024", "tháng 02"; the trigger before is checked
	 * separately.
	 */
	private static final Pattern MONTH = Pattern.compile(
			"tháng[ \\n]{1,3}(\\d{1,2})(?:[ ]{0,2}/[ ]{0,2}|[ \\n]{1,3}năm[ \\n]{1,3})?((?:19|20)\\d{2})?(?![\\d/])");

	private static final Pattern MONTH_TRIGGER = Pattern.compile(
			"(?:(?:[Hh]oàn thành|[Hh]oàn tất|[Xx]ong|[Tt]hực hiện xong|[Cc]hậm nhất|[Tt]hời gian hoàn thành|[Tt]hời hạn)[ \\n]{0,3}:?[ \\n]{0,3})?([Tt]rong|[Tt]rước|[Cc]hậm nhất)[ \\n]{1,3}$");

	/** "quý I/2024", "quý 1 năm 2024"; the trigger before is checked separately. */
	private static final Pattern QUARTER = Pattern.compile(
			"[qQ]uý[ \\n]{1,3}(IV|III|II|I|[1-4])(?:[ ]{0,2}/[ ]{0,2}|[ \\n]{1,3}năm[ \\n]{1,3})((?:19|20)\\d{2})(?!\\d)");

	private static final Pattern QUARTER_TRIGGER = Pattern.compile(
			"(?:(?:[Hh]oàn thành|[Hh]oàn tất|[Xx]ong|[Cc]hậm nhất|[Tt]hời hạn)[ \\n]{0,3}:?[ \\n]{0,3})?(?:[Tt]rong|[Tt]rước|[Cc]hậm nhất|[Vv]ào|[Hh]ết)[ \\n]{1,3}$");

	/**
	 * How the trigger words of {@link #MONTH_TRIGGER} end ("trong", "trước", "chậm
	 * nhất").
	 */
	private static final String[] MONTH_TRIGGER_ENDS = { "rong", "rước", "nhất" };

	/** How the trigger words of {@link #QUARTER_TRIGGER} end (also "vào", "hết"). */
	private static final String[] QUARTER_TRIGGER_ENDS = { "rong", "rước", "nhất", "ào", "ết" };

	/**
	 * Words before a month that make it a completion time, not just a period mentioned;
	 * ASCII letters compare without case, others exactly (as a {@code (?i)} pattern
	 * would).
	 */
	private static final String[] COMPLETION_WORDS = { "hoàn thành", "hoàn tất", "xong", "chậm nhất", "thời hạn",
			"thời gian", "ban hành", "gửi", "nộp", "báo cáo", "tổ chức", "trình" };

	/**
	 * Where a match of {@link #DAY_TRIGGER} can start: a letter of "CcMmTtHhVvĐđXxGgNnBb"
	 * followed by one of these (the rest of its first word or words).
	 */
	private static final String[] DAY_TRIGGER_STARTS = { "oàn thành", "oàn tất", "ong", "ửi", "ộp", "áo cáo",
			"hậm nhất", "uộn nhất", "rước", "ạn chót", "ạn cuối", "hời hạn", "rong ngày", "ào ngày", "ến hết ngày" };

	/** Where a match of {@link #MONTH_TRIGGER} can start (after its first letter). */
	private static final String[] MONTH_TRIGGER_STARTS = { "oàn thành", "oàn tất", "ong", "hực hiện xong", "hậm nhất",
			"hời gian hoàn thành", "hời hạn", "rong", "rước" };

	/** Where a match of {@link #QUARTER_TRIGGER} can start (after its first letter). */
	private static final String[] QUARTER_TRIGGER_STARTS = { "oàn thành", "oàn tất", "ong", "hậm nhất", "hời hạn",
			"rong", "rước", "ào", "ết" };

	private DeadlineFinder() {
	}

	static List<Deadline> find(String m, LocalDate reference) {
		List<Deadline> result = new ArrayList<>();
		TreeMap<Integer, Deadline> spans = new TreeMap<>();
		// Recurring duties first: "trước ngày 31/12 hằng năm" is not a one-off 31/12.
		for (Deadline recurring : RecurringDeadlines.find(m, reference)) {
			add(result, spans, recurring);
		}
		int length = m.length();
		Matcher dayTrigger = null;
		// Only digits within 45 characters after a trigger word can pass
		// mayEndWithTrigger: scan just those stretches.
		long[] windows = triggerWindows(m);
		int day = 0;
		for (long window : windows) {
			day = Math.max(day, (int) (window >>> 32));
			int windowEnd = Math.min(length - 1, (int) window);
			for (; day <= windowEnd; day++) {
				char c = m.charAt(day);
				if (c < '0' || c > '9' || !isDateStart(m, day)) {
					continue;
				}
				if (dayTrigger == null) {
					dayTrigger = DAY_TRIGGER.matcher(m);
					dayTrigger.useTransparentBounds(true);
				}
				int trigger = triggerStart(dayTrigger, m, day);
				if (trigger < 0 || isEffectiveDate(m, trigger)) {
					continue;
				}
				Optional<VietnameseDates.Found> date = VietnameseDates.dateAt(m, day, reference);
				if (date.isPresent() && !ConditionDates.isCondition(m, trigger, date.get().end())) {
					add(result, spans, m, DeadlineDate.of(date.get().date()), trigger, date.get().end());
				}
			}
		}
		Matcher month = MONTH.matcher(m);
		// Every match starts with "tháng": look for the literal, then match there.
		for (int at = m.indexOf("tháng"); at >= 0; at = m.indexOf("tháng", at)) {
			month.region(at, length);
			if (!month.lookingAt()) {
				at++;
				continue;
			}
			at = month.end();
			if (!endsWithTrigger(m, month.start(), MONTH_TRIGGER_ENDS)) {
				continue;
			}
			Matcher trigger = before(MONTH_TRIGGER, m, month.start(), 60);
			if (!leftmost(trigger, m, month.start(), MONTH_TRIGGER_STARTS) || !wordStart(m, trigger.start())) {
				continue;
			}
			String word = trigger.group(1).toLowerCase(java.util.Locale.ROOT);
			boolean completion = !word.equals("trong")
					|| containsAsciiCaseless(m, Math.max(0, month.start() - 60), month.end(), COMPLETION_WORDS);
			int monthValue = Integer.parseInt(month.group(1));
			Integer year = month.group(2) != null ? Integer.valueOf(month.group(2))
					: reference != null ? reference.getYear() : null;
			if (!completion || year == null || monthValue < 1 || monthValue > 12) {
				continue;
			}
			if (word.equals("trước")) {
				// "trước tháng 6/2024": due by the end of May.
				monthValue--;
				if (monthValue == 0) {
					monthValue = 12;
					year--;
				}
			}
			add(result, spans, m, DeadlineDate.ofMonth(year, monthValue), trigger.start(), month.end());
		}
		Matcher quarter = QUARTER.matcher(m);
		// "quý" and "Quý": search the common tail.
		for (int at = quarterWord(m, 0); at >= 0; at = quarterWord(m, at)) {
			quarter.region(at, length);
			if (!quarter.lookingAt()) {
				at++;
				continue;
			}
			at = quarter.end();
			if (!endsWithTrigger(m, quarter.start(), QUARTER_TRIGGER_ENDS)) {
				continue;
			}
			Matcher trigger = before(QUARTER_TRIGGER, m, quarter.start(), 50);
			if (!leftmost(trigger, m, quarter.start(), QUARTER_TRIGGER_STARTS) || !wordStart(m, trigger.start())) {
				continue;
			}
			add(result, spans, m,
					DeadlineDate.ofQuarter(Integer.parseInt(quarter.group(2)), quarterNumber(quarter.group(1))),
					trigger.start(), quarter.end());
		}
		result.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return result;
	}

	/** The next "quý" or "Quý" at or after {@code from}, or -1. */
	private static int quarterWord(String m, int from) {
		for (int at = m.indexOf("uý", Math.max(1, from + 1)); at >= 0; at = m.indexOf("uý", at + 1)) {
			char q = m.charAt(at - 1);
			if (q == 'q' || q == 'Q') {
				return at - 1;
			}
		}
		return -1;
	}

	/**
	 * A matcher for an end-anchored pattern over the {@code width} characters before
	 * {@code at}.
	 */
	private static Matcher before(Pattern pattern, String m, int at, int width) {
		Matcher matcher = pattern.matcher(m);
		matcher.region(Math.max(0, at - width), at);
		matcher.useTransparentBounds(true);
		return matcher;
	}

	/**
	 * Adds a deadline unless it overlaps one already found. The found ones are disjoint,
	 * so ordered by start their ends ascend too: only the last one starting before
	 * {@code end} can overlap.
	 */
	private static void add(List<Deadline> result, TreeMap<Integer, Deadline> spans, String m, DeadlineDate date,
			int start, int end) {
		add(result, spans, new Deadline(date, VietnameseText.squash(m.substring(start, end)), start, end));
	}

	private static void add(List<Deadline> result, TreeMap<Integer, Deadline> spans, Deadline deadline) {
		Map.Entry<Integer, Deadline> before = spans.lowerEntry(deadline.end());
		if (before != null && before.getValue().end() > deadline.start()) {
			return;
		}
		result.add(deadline);
		spans.put(deadline.start(), deadline);
	}

	/**
	 * Cheap necessary condition for the month and quarter triggers, which end with a
	 * trigger word and one to three spaces or line breaks (a fourth may stand before the
	 * end-of-input anchor): the word must end right before the spaces before {@code at}.
	 */
	private static boolean endsWithTrigger(String m, int at, String[] ends) {
		int i = at;
		while (i > 0 && at - i < 5 && (m.charAt(i - 1) == ' ' || m.charAt(i - 1) == '\n')) {
			i--;
		}
		if (i == at || at - i > 4) {
			return false;
		}
		for (String end : ends) {
			if (m.startsWith(end, i - end.length())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Like {@code matcher.find()} over the matcher's region (ending at {@code end}) for
	 * an end-anchored pattern, trying only the starts where the text after the first
	 * letter is one of {@code starts}: the leftmost match is the same, and so are its
	 * groups.
	 */
	private static boolean leftmost(Matcher matcher, String m, int end, String[] starts) {
		for (int s = matcher.regionStart(); s < end; s++) {
			if (!startsWithAny(m, s + 1, starts)) {
				continue;
			}
			matcher.region(s, end);
			if (matcher.lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/** Whether a day trigger can start with the letter: one of "CcMmTtHhVvĐđXxGgNnBb". */
	private static boolean isTriggerInitial(char c) {
		return switch (c) {
			case 'C', 'c', 'M', 'm', 'T', 't', 'H', 'h', 'V', 'v', 'Đ', 'đ', 'X', 'x', 'G', 'g', 'N', 'n', 'B', 'b' ->
				true;
			default -> false;
		};
	}

	/** The first characters of {@link #DAY_TRIGGER_STARTS}. */
	private static boolean isTriggerSecond(char c) {
		return switch (c) {
			case 'o', 'ử', 'ộ', 'á', 'h', 'u', 'ạ', 'r', 'à', 'ế' -> true;
			default -> false;
		};
	}

	private static boolean startsWithAny(String m, int at, String[] words) {
		if (at >= m.length()) {
			return false;
		}
		char first = m.charAt(at);
		for (String word : words) {
			if (word.charAt(0) == first && m.startsWith(word, at)) {
				return true;
			}
		}
		return false;
	}

	/** Whether [from, to) contains a word, ASCII letters compared without case. */
	private static boolean containsAsciiCaseless(String m, int from, int to, String[] words) {
		char[] window = new char[to - from];
		for (int i = from; i < to; i++) {
			char c = m.charAt(i);
			window[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
		}
		String lower = new String(window);
		for (String word : words) {
			if (lower.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static boolean wordStart(String m, int at) {
		return at == 0 || !Character.isLetterOrDigit(m.charAt(at - 1));
	}

	/** "có hiệu lực (thi hành) từ/trước ngày …" is an effective date. */
	private static boolean isEffectiveDate(String m, int at) {
		String before = m.substring(Math.max(0, at - 30), at).toLowerCase(java.util.Locale.ROOT);
		return before.contains("hiệu lực");
	}

	private static int quarterNumber(String q) {
		return switch (q.toUpperCase(java.util.Locale.ROOT)) {
			case "I", "1" -> 1;
			case "II", "2" -> 2;
			case "III", "3" -> 3;
			default -> 4;
		};
	}

	/**
	 * The stretches [start, end] (start in the high, end in the low 32 bits), sorted and
	 * disjoint, of the offsets where {@link #mayEndWithTrigger(String, int)} holds: from
	 * the end of a trigger word to 45 characters after its start.
	 */
	static long[] triggerWindows(String m) {
		long[] found = new long[8];
		int n = 0;
		for (String word : TRIGGER_WINDOW_WORDS) {
			for (int s = m.indexOf(word); s >= 0; s = m.indexOf(word, s + 1)) {
				if (n == found.length) {
					found = java.util.Arrays.copyOf(found, n * 2);
				}
				found[n++] = ((long) (s + word.length()) << 32) | (s + 45);
			}
		}
		// The words ending with " ngày": one search for that, then look behind it.
		for (int d = m.indexOf(" ngày"); d >= 0; d = m.indexOf(" ngày", d + 1)) {
			for (String word : TRIGGER_WINDOW_DAY_WORDS) {
				int s = d + 5 - word.length();
				if (s >= 0 && m.startsWith(word, s)) {
					if (n == found.length) {
						found = java.util.Arrays.copyOf(found, n * 2);
					}
					found[n++] = ((long) (s + word.length()) << 32) | (s + 45);
				}
			}
		}
		java.util.Arrays.sort(found, 0, n);
		int k = 0;
		for (int i = 0; i < n; i++) {
			if (k > 0 && (found[i] >>> 32) <= (int) found[k - 1] + 1L) {
				if ((int) found[i] > (int) found[k - 1]) {
					found[k - 1] = (found[k - 1] & 0xFFFFFFFF00000000L) | (found[i] & 0xFFFFFFFFL);
				}
			}
			else {
				found[k++] = found[i];
			}
		}
		return java.util.Arrays.copyOf(found, k);
	}

	/**
	 * The words of {@link #mayEndWithTrigger(String, int)} not ending with " ngày".
	 */
	private static final String[] TRIGGER_WINDOW_WORDS = { "nhất", "rước", "hạn" };

	/**
	 * The words of {@link #mayEndWithTrigger(String, int)} that end with " ngày" ("rong
	 * ngày" contains "ong ngày").
	 */
	private static final String[] TRIGGER_WINDOW_DAY_WORDS = { "ào ngày", "hết ngày", "thành ngày", "ong ngày" };

	/**
	 * Cheap filter before the trigger pattern: most dates (of citations) have no trigger
	 * word.
	 */
	static boolean mayEndWithTrigger(String m, int at) {
		String window = m.substring(Math.max(0, at - 45), at);
		return window.contains("nhất") || window.contains("rước") || window.contains("hạn")
				|| window.contains("rong ngày") || window.contains("ào ngày") || window.contains("hết ngày")
				|| window.contains("thành ngày") || window.contains("ong ngày");
	}

	/**
	 * A run of one or two digits, not inside a number, followed by a date separator or a
	 * space.
	 */
	private static boolean isDateStart(String m, int at) {
		char c = m.charAt(at);
		if (c < '0' || c > '9') {
			return false;
		}
		if (at > 0) {
			char p = m.charAt(at - 1);
			if ((p >= '0' && p <= '9') || p == '/' || p == '.' || p == '-') {
				return false;
			}
		}
		int i = at + 1;
		if (i < m.length() && m.charAt(i) >= '0' && m.charAt(i) <= '9') {
			i++;
		}
		if (i >= m.length()) {
			return false;
		}
		char n = m.charAt(i);
		return n == '/' || n == '-' || n == '.' || n == ' ';
	}

	/**
	 * The start of the longest day trigger ending at {@code at}, or -1. The pattern is
	 * tried only at word starts whose first letter can begin a trigger.
	 */
	private static int triggerStart(Matcher matcher, String m, int at) {
		for (int s = Math.max(0, at - 70); s < at; s++) {
			if (!isTriggerInitial(m.charAt(s)) || !wordStart(m, s) || s + 1 >= at || !isTriggerSecond(m.charAt(s + 1))
					|| !startsWithAny(m, s + 1, DAY_TRIGGER_STARTS)) {
				continue;
			}
			matcher.region(s, at);
			if (matcher.matches()) {
				return s;
			}
		}
		return -1;
	}

}
