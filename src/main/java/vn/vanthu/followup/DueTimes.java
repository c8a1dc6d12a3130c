package vn.vanthu.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Instants of a due date: a task is overdue once its due day has ended in Vietnam; the
 * reminder fires at 08:00 some working days before.
 */
final class DueTimes {

	private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private DueTimes() {
	}

	static Instant dueAt(LocalDate due) {
		return due.plusDays(1).atStartOfDay(FollowupClock.ZONE).toInstant();
	}

	static Instant reminderAt(LocalDate due, FollowupSettings settings, WorkingDays days) {
		LocalDate day = days.minus(due, settings.reminderWorkingDays());
		return day.atTime(LocalTime.of(8, 0)).atZone(FollowupClock.ZONE).toInstant();
	}

	static String format(LocalDate day) {
		return day == null ? "" : VN.format(day);
	}

}
