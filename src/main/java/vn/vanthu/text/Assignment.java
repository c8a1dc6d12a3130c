package vn.vanthu.text;

/**
 * A task the document gives to someone ("Giao Phòng Nội vụ: …", "2.4. Phòng Nội vụ huyện:
 * - Tham mưu …").
 *
 * @param assignee the unit or person as written ("Phòng Nội vụ huyện")
 * @param task the task text, whitespace collapsed
 * @param deadline the first deadline stated in the task, or {@code null}
 * @param recurrence the period of a periodic duty ("định kỳ 6 tháng"), or {@code null}
 * @param start offset of the task (or of the clause naming the assignee) in the NFC text
 * @param end offset after the task
 */
public record Assignment(String assignee, String task, DeadlineDate deadline, Recurrence recurrence, int start,
		int end) {
}
