package vn.vanthu.followup;

import java.time.LocalDate;

/**
 * Where a task stands on the report's day: done (its completion accepted and reported on
 * or before that day) on time or late against its current due date, or still open and
 * overdue (the due day has passed) or not yet due.
 */
public enum Category {

	DONE_ON_TIME("Hoàn thành đúng hạn"), DONE_LATE("Hoàn thành quá hạn"), OPEN_OVERDUE("Chưa hoàn thành, quá hạn"),
	OPEN_NOT_DUE("Chưa hoàn thành, trong hạn");

	private final String label;

	Category(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The category of a task on the given day. */
	public static Category of(FollowupTask task, LocalDate day) {
		boolean done = task.status() == TaskStatus.DONE && task.doneOn() != null && !task.doneOn().isAfter(day);
		if (done) {
			return task.doneOn().isAfter(task.dueOn()) ? DONE_LATE : DONE_ON_TIME;
		}
		return task.dueOn().isBefore(day) ? OPEN_OVERDUE : OPEN_NOT_DUE;
	}

}
