package vn.vanthu.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a task's history.
 *
 * @param kind what happened
 * @param actor who did it, or {@code null} for the engine (reminders, overdue)
 * @param note the text of a report, a reason, or {@code null}
 * @param oldDue the due date before an extension, or {@code null}
 * @param newDue the due date after an extension, or {@code null}
 * @param at when
 * @param evidence evidence attached to a report
 */
public record TaskEvent(Kind kind, String actor, String note, LocalDate oldDue, LocalDate newDue, Instant at,
		List<Evidence> evidence) {

	public TaskEvent {
		evidence = List.copyOf(evidence == null ? List.of() : evidence);
	}

	/** Kinds of history entries. */
	public enum Kind {

		CREATED("Giao nhiệm vụ"), PROGRESS("Báo cáo tiến độ"), COMPLETION_REPORTED("Báo cáo hoàn thành"),
		ACCEPTED("Xác nhận hoàn thành"), RETURNED("Trả lại"), EXTENDED("Gia hạn"), REMINDED("Nhắc hạn"),
		OVERDUE("Quá hạn"), CANCELLED("Hủy");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
