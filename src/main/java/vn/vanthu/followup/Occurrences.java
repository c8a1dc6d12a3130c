package vn.vanthu.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

import vn.vanthu.text.Recurrence;

/**
 * Periodic duties ("định kỳ 6 tháng và hàng năm") are a series of tasks: when one
 * occurrence is accepted, the next is created, due at the end of the next period (last
 * working day of the next month, quarter, half-year or year; Friday of the next week).
 * One occurrence at a time keeps each one's lateness visible in the reports, which a
 * timer cycle creating tasks regardless of the previous one would blur.
 */
final class Occurrences {

	private Occurrences() {
	}

	/** The due date of the occurrence after the one due on {@code due}. */
	static LocalDate nextDue(Recurrence recurrence, LocalDate due, WorkingDays days) {
		YearMonth month = YearMonth.from(due);
		return switch (recurrence) {
			case WEEKLY -> days.onOrBefore(due.plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
			case MONTHLY -> days.lastOf(month.plusMonths(1));
			case QUARTERLY -> days.lastOf(periodEnd(month, 3).plusMonths(3));
			case SEMIANNUAL -> days.lastOf(periodEnd(month, 6).plusMonths(6));
			case ANNUAL -> days.lastOf(periodEnd(month, 12).plusMonths(12));
		};
	}

	/** The last month of the period of {@code months} months containing the month. */
	private static YearMonth periodEnd(YearMonth month, int months) {
		int last = ((month.getMonthValue() - 1) / months + 1) * months;
		return YearMonth.of(month.getYear(), last);
	}

}
