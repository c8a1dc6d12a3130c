package vn.vanthu.followup;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Component;

import vn.vanthu.platform.calendar.BusinessCalendar;
import vn.vanthu.text.DeadlineDate;

/**
 * Due dates of follow-up tasks on the shared {@link BusinessCalendar} (weekends and
 * public holidays are not working days). A deadline "in February 2024" means the last
 * working day of February; an exact date stays as written (the directive names it).
 */
@Component("followupWorkingDays")
public class WorkingDays {

	private final BusinessCalendar calendar;

	public WorkingDays(BusinessCalendar calendar) {
		this.calendar = calendar;
	}

	public boolean isWorkingDay(LocalDate day) {
		return this.calendar.isWorkingDay(day);
	}

	/** The day itself when it is a working day, else the working day before it. */
	public LocalDate onOrBefore(LocalDate day) {
		return this.calendar.onOrBefore(day);
	}

	/**
	 * The working day {@code n} working days before {@code day} ({@code n >= 0}), counted
	 * from the working day on or before it.
	 */
	public LocalDate minus(LocalDate day, int n) {
		return this.calendar.minusWorkingDays(onOrBefore(day), n);
	}

	/** The last working day of a month. */
	public LocalDate lastOf(YearMonth month) {
		return this.calendar.lastWorkingDayOf(month);
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
