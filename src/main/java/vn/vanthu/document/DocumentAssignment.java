package vn.vanthu.document;

import java.time.LocalDate;

/**
 * A task a document gives, as read from its text (the follow-up module confirms it).
 *
 * @param assignee the unit or person as written
 * @param task the task text
 * @param dueOn the last day it may be done, or {@code null}
 * @param deadline the deadline as read ("2024-02-07", "2024-02", "2024-Q1"), or
 * {@code null}
 * @param recurrence the period of a periodic duty ("SEMIANNUAL"), or {@code null}
 */
public record DocumentAssignment(String assignee, String task, LocalDate dueOn, String deadline, String recurrence) {

}
