package vn.vanthu.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds deadlines: "chậm nhất ngày 09/8/2023", "trước ngày 30/8/2023", "hoàn thành trong
 * tháng 02/2024", "trong quý I/2024", "trước ngày 15/3" (year from the document date).
 * Effective dates ("có hiệu lực từ ngày", "kể từ ngày ký") are not deadlines: they use no
 * trigger word here.
 */
final class DeadlineFinder {

	/** A trigger ending right where a day date starts. */
	private static final Pattern DAY_TRIGGER = Pattern.compile(
			"(?i)(?:(?:hoàn thành|hoàn tất|xong|gửi|nộp|báo cáo)[ \\n]{1,3})?(?:chậm nhất|muộn nhất|trước|hạn chót|hạn cuối|thời hạn(?: hoàn thành| nộp| gửi| báo cáo)?|trong ngày|vào ngày|đến hết ngày|hoàn thành ngày|xong ngày)(?:[ \\n]{1,3}(?:là|vào|đến))?[ \\n]{0,3}:?[ \\n]{0,3}(?:\\d{1,2}[ ]{0,2}(?:giờ|h)(?:[ ]{0,2}\\d{1,2}(?:[ ]{0,2}phút)?)?[ ]{0,2},?[ ]{0,2})?(?:ngày[ \\n]{0,3})?(?=\\d)");

	/** "trong tháng 02/2024", "trong tháng 3 năm 2024", "trong tháng 02". */
	private static final Pattern MONTH = Pattern.compile(
			"(?i)(?:(?:hoàn thành|hoàn tất|xong|thực hiện xong|chậm nhất|thời gian hoàn thành|thời hạn)[ \\n]{0,3}:?[ \\n]{0,3})?(trong|trước|chậm nhất)[ \\n]{1,3}tháng[ \\n]{1,3}(\\d{1,2})(?:[ ]{0,2}/[ ]{0,2}|[ \\n]{1,3}năm[ \\n]{1,3})?((?:19|20)\\d{2})?(?![\\d/])");

	/** "trong quý I/2024", "quý 1 năm 2024". */
	private static final Pattern QUARTER = Pattern.compile(
			"(?i)(?:(?:hoàn thành|hoàn tất|xong|chậm nhất|thời hạn)[ \\n]{0,3}:?[ \\n]{0,3})?(?:trong|trước|chậm nhất|vào|hết)[ \\n]{1,3}quý[ \\n]{1,3}(IV|III|II|I|[1-4])(?:[ ]{0,2}/[ ]{0,2}|[ \\n]{1,3}năm[ \\n]{1,3})((?:19|20)\\d{2})(?!\\d)");

	/**
	 * Words before a month that make it a completion time, not just a period mentioned.
	 */
	private static final Pattern COMPLETION = Pattern
		.compile("(?i)(hoàn thành|hoàn tất|xong|chậm nhất|thời hạn|thời gian|ban hành|gửi|nộp|báo cáo|tổ chức|trình)");

	private DeadlineFinder() {
	}

	static List<Deadline> find(String m, LocalDate reference) {
		List<Deadline> result = new ArrayList<>();
		Matcher day = DAY_TRIGGER.matcher(m);
		while (day.find()) {
			if (isEffectiveDate(m, day.start()) || !wordStart(m, day.start())) {
				continue;
			}
			Optional<VietnameseDates.Found> date = VietnameseDates.dateAt(m, day.end(), reference);
			if (date.isPresent()) {
				add(result, m, DeadlineDate.of(date.get().date()), day.start(), date.get().end());
			}
		}
		Matcher month = MONTH.matcher(m);
		while (month.find()) {
			if (!wordStart(m, month.start())) {
				continue;
			}
			boolean completion = !month.group(1).equalsIgnoreCase("trong")
					|| COMPLETION.matcher(m.substring(Math.max(0, month.start() - 60), month.end())).find();
			int monthValue = Integer.parseInt(month.group(2));
			Integer year = month.group(3) != null ? Integer.valueOf(month.group(3))
					: reference != null ? reference.getYear() : null;
			if (!completion || year == null || monthValue < 1 || monthValue > 12) {
				continue;
			}
			if (month.group(1).equalsIgnoreCase("trước")) {
				// "trước tháng 6/2024": due by the end of May.
				monthValue--;
				if (monthValue == 0) {
					monthValue = 12;
					year--;
				}
			}
			add(result, m, DeadlineDate.ofMonth(year, monthValue), month.start(), month.end());
		}
		Matcher quarter = QUARTER.matcher(m);
		while (quarter.find()) {
			if (!wordStart(m, quarter.start())) {
				continue;
			}
			add(result, m, DeadlineDate.ofQuarter(Integer.parseInt(quarter.group(2)), quarterNumber(quarter.group(1))),
					quarter.start(), quarter.end());
		}
		result.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return result;
	}

	private static void add(List<Deadline> result, String m, DeadlineDate date, int start, int end) {
		for (Deadline d : result) {
			if (start < d.end() && end > d.start()) {
				return;
			}
		}
		result.add(new Deadline(date, VietnameseText.squash(m.substring(start, end)), start, end));
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

}
