package vn.vanthu.followup;

import java.time.LocalDate;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.text.Recurrence;

/**
 * An assignment the text module found in a directive, proposed to the clerk.
 *
 * @param seq its order in the directive
 * @param assigneeAsWritten the assignee as written ("Phòng Nội vụ")
 * @param task the task text
 * @param deadline the deadline as read ("2024-02-07", "2024-02", "2024-Q1"), or
 * {@code null}
 * @param dueOn the due date it gives (last working day of a month or quarter; the default
 * when none)
 * @param recurrence the period of a periodic duty, or {@code null}
 * @param unit the matched unit, or {@code null} when the clerk must pick one
 * @param before text just before the passage (for context)
 * @param passage the source passage, highlighted on the page
 * @param after text just after the passage
 */
public record ProposedAssignment(int seq, String assigneeAsWritten, String task, String deadline, LocalDate dueOn,
		Recurrence recurrence, UnitCode unit, String before, String passage, String after) {

}
