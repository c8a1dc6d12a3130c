package vn.vanthu.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;

import vn.vanthu.text.DeadlineDate;

/**
 * Working days: Monday to Friday, except the configured public holidays. A deadline "in
 * February 2024" means the last working day of February; an exact date stays as written
 * (the directive names it).
 */
public final class WorkingDays {

	private final Set<LocalDate> holidays;

	public WorkingDays(Collection<LocalDate> holidays) {
		this.holidays = Set.copyOf(holidays);
	}

	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !this.holidays.contains(day);
	}

	/** The day itself when it is a working day, else the working day before it. */
	public LocalDate onOrBefore(LocalDate day) {
		LocalDate d = day;
		while (!isWorkingDay(d)) {
			d = d.minusDays(1);
		}
		return d;
	}

	/** The working day {@code n} working days before {@code day} ({@code n >= 0}). */
	public LocalDate minus(LocalDate day, int n) {
		LocalDate d = onOrBefore(day);
		for (int i = 0; i < n; i++) {
			d = onOrBefore(d.minusDays(1));
		}
		return d;
	}

	/** The last working day of a month. */
	public LocalDate lastOf(YearMonth month) {
		return onOrBefore(month.atEndOfMonth());
	}

	/**
	 * The due date of a deadline: the day itself for an exact date; the last working day
	 * for a month or a quarter.
	 */
	public LocalDate dueDate(DeadlineDate deadline) {
		return deadline.precision() == DeadlineDate.Precision.DATE ? deadline.lastDay()
				: onOrBefore(deadline.lastDay());
	}

}
