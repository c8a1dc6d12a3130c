package vn.vanthu.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds assignments: "Giao Phòng Nội vụ: …", "Đề nghị Chi cục thuế huyện: …", numbered
 * headings naming a unit ("2.4. Phòng Nội vụ huyện:", "3.1 Văn phòng Sở:", "5.1. Đối với
 * Ban Tuyên giáo Huyện ủy") followed by the tasks, one assignment per bullet.
 */
final class AssignmentFinder {

	private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[:\\-–\\s]{1,10}");

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;.\\s]{1,10}$");

	/** The verbs that open an assignment sentence. */
	private static final String[] VERBS = { "Giao", "Đề nghị", "Yêu cầu" };

	/**
	 * What may precede a sentence-initial verb: a line start, numbering or a bullet, or
	 * ':', ';', '.'; matched backwards from each occurrence of a verb.
	 */
	private static final Pattern VERB_LEAD = Pattern.compile(
			"(?:^|[:;.])[ ]{0,6}(?:[-+•][ ]{0,3}|(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?|[a-zđ]\\)|[IVX]{1,4}\\.)[ ]{1,3})?$",
			Pattern.MULTILINE);

	/** A numbered heading: "2.4.", "3.1", "a)", "5.1. Đối với". */
	private static final Pattern HEADING = Pattern.compile(
			"^[ ]{0,8}(\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?|[a-zđ]\\)|[IVX]{1,4}\\.)[ ]{1,4}(?:Đối với[ ]{1,3}|Giao[ ]{1,3})?(\\p{L}[^\\n]{1,200})$",
			Pattern.MULTILINE);

	/**
	 * The longest line {@link #HEADING} can match, in code points: 8 spaces, a
	 * 12-character number, 4 spaces, "Đối với" and 3 spaces, then 201 letters or
	 * characters.
	 */
	private static final int HEADING_MAX = 8 + 12 + 4 + 10 + 201;

	/** Words a unit or an office holder starts with. */
	private static final Pattern UNIT = Pattern.compile(
			"(?:Phòng|Văn phòng|Sở|Ban|Ủy ban|Uỷ ban|UBND|Hội đồng|HĐND|Thanh tra|Trung tâm|Chi cục|Cục|Công an|Bộ|Tổng cục|Vụ|Kho bạc|Ngân hàng|Bảo hiểm|Đài|Hội|Đoàn|Liên đoàn|Mặt trận|MTTQ|Chi nhánh|Trường|Bệnh viện|Công ty|Các|Chủ tịch|Thủ trưởng|Trưởng|Giám đốc|Đảng ủy|Đảng uỷ|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Thị ủy|Thành ủy|Chi bộ|Đảng bộ|Cán bộ|Công chức|Bí thư|Lãnh đạo|Người đứng đầu|Ban Chỉ huy|Quân sự|Viện|Học viện|Tòa án|Viện kiểm sát|Hạt|Trạm|Đồn|Tổ|Cơ quan|Đơn vị|UB|BCĐ|Tổ công tác)\\b.*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Where an assignee named in a sentence ends: the first verb of the task. */
	private static final Pattern ASSIGNEE_END = Pattern.compile(
			"[:\\n]| (?:là|làm|chủ trì|phối hợp|tham mưu|thực hiện|tổ chức|khẩn trương|tiếp tục|rà soát|xây dựng|triển khai|theo dõi|hướng dẫn|có trách nhiệm|chịu trách nhiệm|nghiên cứu|kiểm tra|đôn đốc|tập trung|chỉ đạo|báo cáo|căn cứ|lập|cử|phụ trách|hoàn thành|quản lý|theo chức năng|nghiêm túc|gửi|quan tâm|chủ động|tích cực|sớm|kịp thời|bố trí|cung cấp|tổng hợp|đề xuất|cân đối|thẩm định|bám sát|có kế hoạch|trình|ban hành|tăng cường|đẩy mạnh|giải quyết|xem xét|phổ biến|tuyên truyền|vận động|đảm bảo|bảo đảm)\\b");

	private AssignmentFinder() {
	}

	static List<Assignment> find(String m, Lines lines, List<Deadline> deadlines, int bodyEnd) {
		List<Assignment> result = new ArrayList<>();
		for (String verb : VERBS) {
			for (int at = m.indexOf(verb); at >= 0 && at < bodyEnd; at = m.indexOf(verb, at + 1)) {
				int nameStart = at + verb.length();
				if (verb.equals("Giao") && m.startsWith(" cho", nameStart)) {
					nameStart += 4;
				}
				if (nameStart >= m.length() || m.charAt(nameStart) != ' ') {
					continue;
				}
				Matcher lead = VERB_LEAD.matcher(m);
				lead.region(Math.max(0, at - 30), at);
				lead.useTransparentBounds(true);
				if (!lead.find()) {
					continue;
				}
				while (nameStart < m.length() && m.charAt(nameStart) == ' ') {
					nameStart++;
				}
				int lineEnd = lines.end(lines.lineAt(nameStart));
				Matcher end = ASSIGNEE_END.matcher(m);
				end.region(nameStart, Math.min(lineEnd, nameStart + 140));
				if (!end.find()) {
					continue;
				}
				String assignee = VietnameseText.squash(m.substring(nameStart, end.start()));
				if (assignee.isEmpty() || assignee.length() > 130 || !Character.isLetter(assignee.charAt(0))) {
					continue;
				}
				int taskStart = m.charAt(end.start()) == ':' ? end.start() + 1 : end.start();
				addTasks(result, m, lines, deadlines, cleanAssignee(assignee), at, taskStart, bodyEnd);
			}
		}
		Matcher heading = HEADING.matcher(m);
		for (int line = 0; line < lines.count() && lines.start(line) < bodyEnd; line++) {
			int from = lines.start(line);
			if (tooLongForHeading(m, from, lines.end(line)) || !isHeadingStart(m, from, lines.end(line))) {
				continue;
			}
			heading.region(from, lines.end(line));
			if (!heading.matches()) {
				continue;
			}
			String text = heading.group(2);
			String lead = m.substring(heading.end(1), heading.start(2));
			boolean forUnit = lead.contains("Đối với") || lead.contains("Giao");
			if (!forUnit && !UNIT.matcher(text).matches()) {
				continue;
			}
			int colon = text.indexOf(':');
			String name = colon >= 0 ? text.substring(0, colon) : text;
			if (!forUnit && colon < 0 && text.length() > 120) {
				continue;
			}
			if (!forUnit && colon < 0 && ASSIGNEE_END.matcher(name).find()) {
				continue;
			}
			String assignee = cleanAssignee(VietnameseText.squash(name));
			if (assignee.length() > 130 || overlaps(result, heading.start(2))) {
				continue;
			}
			int taskStart = colon >= 0 ? heading.start(2) + colon + 1 : heading.end();
			addTasks(result, m, lines, deadlines, assignee, heading.start(2), taskStart, bodyEnd);
		}
		result.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return result;
	}

	/**
	 * The task text: the rest of the line, or when that is empty the following bullets or
	 * paragraph up to the next heading; one assignment per bullet.
	 */
	private static void addTasks(List<Assignment> result, String m, Lines lines, List<Deadline> deadlines,
			String assignee, int clauseStart, int taskStart, int bodyEnd) {
		int line = lines.lineAt(taskStart);
		String rest = m.substring(taskStart, lines.end(line)).trim();
		if (!rest.isEmpty()) {
			add(result, m, deadlines, assignee, clauseStart, taskStart, lines.contentEnd(line));
			return;
		}
		boolean any = false;
		for (int i = line + 1; i < lines.count() && lines.start(i) < bodyEnd; i++) {
			String t = lines.trimmed(i);
			if (t.isEmpty()) {
				continue;
			}
			boolean bullet = t.charAt(0) == '-' || t.charAt(0) == '+' || t.charAt(0) == '•';
			boolean heading = !bullet && isHeading(t);
			if (heading || t.startsWith("Nơi nhận") || (any && !bullet)) {
				break;
			}
			int s = lines.contentStart(i) + (bullet ? 1 : 0);
			add(result, m, deadlines, assignee, s, s, lines.contentEnd(i));
			any = true;
		}
	}

	private static void add(List<Assignment> result, String m, List<Deadline> deadlines, String assignee, int start,
			int taskStart, int end) {
		String task = VietnameseText.squash(m.substring(taskStart, end));
		if (task.endsWith("./.")) {
			task = task.substring(0, task.length() - 3);
		}
		if (!task.isEmpty() && isLeadingPunctuation(task.charAt(0))) {
			task = LEADING_PUNCTUATION.matcher(task).replaceFirst("");
		}
		if (task.isEmpty()) {
			return;
		}
		DeadlineDate due = null;
		Recurrence recurrence = RecurrenceReader.of(task);
		for (Deadline d : deadlines) {
			if (d.start() >= taskStart && d.start() < end) {
				// A recurring duty is due first on its next date, then every period.
				due = d.date();
				if (d.isRecurring()) {
					recurrence = d.recurring().recurrence();
				}
				break;
			}
		}
		result.add(new Assignment(assignee, task, due, recurrence, start, end));
	}

	private static String cleanAssignee(String s) {
		String t = s.isEmpty() || !mayEndWithPunctuation(s.charAt(s.length() - 1)) ? s
				: TRAILING_PUNCTUATION.matcher(s).replaceFirst("");
		if (t.startsWith("cho ")) {
			t = t.substring(4);
		}
		return t;
	}

	/** Whether {@link #LEADING_PUNCTUATION} can match at a text starting with c. */
	private static boolean isLeadingPunctuation(char c) {
		return c == ':' || c == '-' || c == '–' || c == ' ' || (c >= '\t' && c <= '\r');
	}

	/**
	 * Whether {@link #TRAILING_PUNCTUATION} can match in a text ending with c: one of its
	 * characters, or a line terminator ('$' also matches before a final one).
	 */
	private static boolean mayEndWithPunctuation(char c) {
		return c == ',' || c == ';' || c == '.' || c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085'
				|| c == '\u2028' || c == '\u2029';
	}

	/** Whether a whole (trimmed) line is a numbered heading. */
	private static boolean isHeading(String t) {
		return !tooLongForHeading(t, 0, t.length()) && isHeadingStart(t, 0, t.length()) && HEADING.matcher(t).matches();
	}

	/** Whether [from, to) has more code points than {@link #HEADING} can match. */
	private static boolean tooLongForHeading(String m, int from, int to) {
		int length = to - from;
		if (length <= HEADING_MAX) {
			return false;
		}
		return length > 2 * HEADING_MAX || Character.codePointCount(m, from, to) > HEADING_MAX;
	}

	/** Cheap test before the heading pattern: a digit, I/V/X or "a)" starts the line. */
	private static boolean isHeadingStart(String m, int from, int to) {
		int i = from;
		while (i < to && i < from + 8 && m.charAt(i) == ' ') {
			i++;
		}
		if (i >= to) {
			return false;
		}
		char c = m.charAt(i);
		return Character.isDigit(c) || c == 'I' || c == 'V' || c == 'X'
				|| (i + 1 < to && m.charAt(i + 1) == ')' && Character.isLowerCase(c));
	}

	private static boolean overlaps(List<Assignment> result, int at) {
		for (Assignment a : result) {
			if (at >= a.start() && at < a.end()) {
				return true;
			}
		}
		return false;
	}

}
