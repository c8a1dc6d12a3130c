package vn.vanthu.drafting;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * The business calendar of drafting rounds: Saturdays and Sundays are not working days
 * (public holidays are not modelled yet). Times are in Vietnam's time zone.
 */
public final class WorkingDays {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Default answering time: five working days, by the end of office hours. */
	static final int DEFAULT_DEADLINE_DAYS = 5;

	static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

	private WorkingDays() {
	}

	public static boolean isWorkingDay(ZonedDateTime time) {
		DayOfWeek day = time.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	/** {@code days} working days later, at the same time of day. */
	public static ZonedDateTime plus(ZonedDateTime from, int days) {
		ZonedDateTime t = from;
		int left = days;
		while (left > 0) {
			t = t.plusDays(1);
			if (isWorkingDay(t)) {
				left--;
			}
		}
		return t;
	}

	/** {@code days} working days earlier, at the same time of day. */
	public static ZonedDateTime minus(ZonedDateTime from, int days) {
		ZonedDateTime t = from;
		int left = days;
		while (left > 0) {
			t = t.minusDays(1);
			if (isWorkingDay(t)) {
				left--;
			}
		}
		return t;
	}

	/** The default deadline of a round opened now: five working days, 17:00. */
	public static Instant defaultDeadline(Instant now) {
		return plus(now.atZone(VIETNAM), DEFAULT_DEADLINE_DAYS).with(END_OF_DAY).toInstant();
	}

	/**
	 * When to remind before a deadline. {@code P1D}, {@code P2D} count working days
	 * ({@code P1W} is five); {@code PT4H} subtracts plain hours and, landing on a
	 * weekend, moves back to Friday at the same time.
	 * @param remindBefore an ISO-8601 period or duration; {@code null} or blank means one
	 * working day
	 * @throws IllegalArgumentException when it cannot be read
	 */
	public static Instant reminderTime(Instant deadline, String remindBefore) {
		ZonedDateTime due = deadline.atZone(VIETNAM);
		String spec = (remindBefore == null || remindBefore.isBlank()) ? "P1D" : remindBefore.strip().toUpperCase();
		try {
			if (spec.contains("T")) {
				ZonedDateTime t = due.minus(Duration.parse(spec));
				while (!isWorkingDay(t)) {
					t = t.minusDays(1);
				}
				return t.toInstant();
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
