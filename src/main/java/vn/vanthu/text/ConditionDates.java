package vn.vanthu.text;

import java.util.Locale;

/**
 * Tells a deadline ("gửi Bộ Tài chính trước ngày 06 tháng 5 năm 2026") from a date used
 * as a condition, frequent in laws and their transitional articles: "đã tham gia bảo hiểm
 * xã hội trước ngày 01 tháng 7 năm 2025 mà có …", "làm việc … trước ngày 01 tháng 01 năm
 * 2021 thì lấy …", "thời gian đóng bảo hiểm xã hội trước ngày …".
 */
final class ConditionDates {

	/** Words right after the date that make "trước ngày …" a condition. */
	private static final String[] AFTER = { "mà", "thì", "là", "(", "đã", "vẫn", "nhưng", "hoặc trước" };

	/** Words in the clause before the trigger that make it a condition. */
	private static final String[] BEFORE = { "đã ", "thời gian đóng", "thời gian tham gia", "thời gian công tác",
			"thời gian làm việc", "phát sinh", "được cấp", "được cơ quan" };

	private ConditionDates() {
	}

	/**
	 * Whether the date between {@code trigger} and {@code end} is a condition, not a
	 * deadline.
	 */
	static boolean isCondition(String m, int trigger, int end) {
		int i = end;
		while (i < m.length() && i - end < 4 && (m.charAt(i) == ' ' || m.charAt(i) == '\n')) {
			i++;
		}
		for (String word : AFTER) {
			if (m.startsWith(word, i) && (i + word.length() >= m.length() || word.equals("(")
					|| !Character.isLetter(m.charAt(i + word.length())))) {
				return true;
			}
		}
		int from = clauseStart(m, trigger);
		String clause = VietnameseText.squash(m.substring(from, trigger)).toLowerCase(Locale.ROOT);
		for (String word : BEFORE) {
			if (clause.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** The start of the clause holding {@code at}, at most 80 characters back. */
	private static int clauseStart(String m, int at) {
		int limit = Math.max(0, at - 80);
		for (int i = at - 1; i >= limit; i--) {
			char c = m.charAt(i);
			if (c == ';' || c == ':' || c == ',' || (c == '.' && i + 1 < m.length() && m.charAt(i + 1) == ' ')) {
				return i + 1;
			}
		}
		return limit;
	}

}
