package vn.vanthu.drafting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

import vn.vanthu.platform.calendar.BusinessCalendar;

/**
 * The deadlines and reminders of drafting rounds, on the shared {@link BusinessCalendar}:
 * weekends and public holidays are not working days. Times are in Vietnam's time zone.
 */
@Component("draftingWorkingDays")
public class WorkingDays {

	public static final ZoneId VIETNAM = BusinessCalendar.ZONE;

	/** Default answering time: five working days, by the end of office hours. */
	static final int DEFAULT_DEADLINE_DAYS = 5;

	static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

	private final BusinessCalendar calendar;

	public WorkingDays(BusinessCalendar calendar) {
		this.calendar = calendar;
	}

	public boolean isWorkingDay(ZonedDateTime time) {
		return this.calendar.isWorkingDay(time);
	}

	/** {@code days} working days later, at the same time of day. */
	public ZonedDateTime plus(ZonedDateTime from, int days) {
		return this.calendar.plusWorkingDays(from, days);
	}

	/** {@code days} working days earlier, at the same time of day. */
	public ZonedDateTime minus(ZonedDateTime from, int days) {
		return this.calendar.minusWorkingDays(from, days);
	}

	/** The default deadline of a round opened now: five working days, 17:00. */
	public Instant defaultDeadline(Instant now) {
		return plus(now.atZone(VIETNAM), DEFAULT_DEADLINE_DAYS).with(END_OF_DAY).toInstant();
	}

	/**
	 * When to remind before a deadline. {@code P1D}, {@code P2D} count working days
	 * ({@code P1W} is five); {@code PT4H} subtracts plain hours and, landing on a day
	 * off, moves back to the last working day at the same time.
	 * @param remindBefore an ISO-8601 period or duration; {@code null} or blank means one
	 * working day
	 * @throws IllegalArgumentException when it cannot be read
	 */
	public Instant reminderTime(Instant deadline, String remindBefore) {
		ZonedDateTime due = deadline.atZone(VIETNAM);
		String spec = (remindBefore == null || remindBefore.isBlank()) ? "P1D" : remindBefore.strip().toUpperCase();
		try {
			if (spec.contains("T")) {
				return this.calendar.onOrBefore(due.minus(Duration.parse(spec))).toInstant();
			}
			Period period = Period.parse(spec);
			int days = period.getDays() + period.getMonths() * 22 + period.getYears() * 260;
			if (spec.endsWith("W")) {
				days = days / 7 * 5;
			}
			return minus(due, days).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"Thời điểm nhắc không hợp lệ: \"" + remindBefore + "\" (ví dụ P1D = trước 1 ngày làm việc)");
		}
	}

}
