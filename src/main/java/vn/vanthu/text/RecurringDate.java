package vn.vanthu.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * When a recurring duty falls due: "trước ngày 10/12 hằng năm" (a month and day every
 * year), "trước ngày 25 hằng tháng" (a day of every month), "vào thứ Hai hằng tuần" (a
 * day of every week).
 *
 * @param recurrence {@link Recurrence#ANNUAL}, {@link Recurrence#MONTHLY} or
 * {@link Recurrence#WEEKLY}
 * @param month the month (1–12) of a yearly date, 0 otherwise
 * @param day the day of the month of a yearly or monthly date, 0 for a weekly one
 * @param dayOfWeek the day of a weekly date, {@code null} otherwise
 */
public record RecurringDate(Recurrence recurrence, int month, int day, DayOfWeek dayOfWeek) {

	public RecurringDate {
		Objects.requireNonNull(recurrence, "recurrence");
		switch (recurrence) {
			case ANNUAL -> MonthDay.of(month, day); // validates, 29 February included
			case MONTHLY -> {
				if (day < 1 || day > 31) {
					throw new DateTimeException("day of month " + day);
				}
			}
			case WEEKLY -> Objects.requireNonNull(dayOfWeek, "dayOfWeek");
			default -> throw new IllegalArgumentException("not a dated recurrence: " + recurrence);
		}
	}

	/** Every year on a month and day. */
	public static RecurringDate yearly(int month, int day) {
		return new RecurringDate(Recurrence.ANNUAL, month, day, null);
	}

	/** Every month on a day (the month's last day when it is shorter). */
	public static RecurringDate monthly(int day) {
		return new RecurringDate(Recurrence.MONTHLY, 0, day, null);
	}

	/** Every week on a day. */
	public static RecurringDate weekly(DayOfWeek dayOfWeek) {
		return new RecurringDate(Recurrence.WEEKLY, 0, 0, dayOfWeek);
	}

	/**
	 * The frequency as iCalendar (RFC 5545) names it: {@code YEARLY}, {@code MONTHLY} or
	 * {@code WEEKLY}.
	 */
	public String frequency() {
		return this.recurrence == Recurrence.ANNUAL ? "YEARLY" : this.recurrence.name();
	}

	/**
	 * The ISO 8601 form of the recurring date: {@code --12-10} (month and day),
	 * {@code ---25} (day of the month), {@code null} for a weekly one.
	 */
	public String isoDate() {
		return switch (this.recurrence) {
			case ANNUAL -> String.format("--%02d-%02d", this.month, this.day);
			case MONTHLY -> String.format("---%02d", this.day);
			default -> null;
		};
	}

	/** The first due date on or after a day. */
	public LocalDate nextOnOrAfter(LocalDate from) {
		return switch (this.recurrence) {
			case ANNUAL -> {
				LocalDate d = MonthDay.of(this.month, this.day).atYear(from.getYear());
				yield d.isBefore(from) ? MonthDay.of(this.month, this.day).atYear(from.getYear() + 1) : d;
			}
			case MONTHLY -> {
				LocalDate d = from.withDayOfMonth(Math.min(this.day, from.lengthOfMonth()));
				if (d.isBefore(from)) {
					LocalDate next = from.plusMonths(1);
					d = next.withDayOfMonth(Math.min(this.day, next.lengthOfMonth()));
				}
				yield d;
			}
			default -> from.with(TemporalAdjusters.nextOrSame(this.dayOfWeek));
		};
	}

	/** "YEARLY --12-10", "MONTHLY ---25", "WEEKLY MONDAY". */
	@Override
	public String toString() {
		return frequency() + " " + (this.dayOfWeek != null ? this.dayOfWeek.name() : isoDate());
	}

}
