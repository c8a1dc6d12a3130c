package vn.vanthu.platform.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working days of a Vietnamese public office, in Vietnam's time zone.
 * <ul>
 * <li>Saturdays and Sundays are days off, except the ones configured as working days (the
 * make-up days the government announces when it swaps a working day next to a holiday:
 * "làm bù").</li>
 * <li>The fixed public holidays of the Labour Code 2019, Article 112(1) are days off
 * every year: 1 January, 30 April, 1 May, 2 September. One falling on a Saturday or
 * Sunday gives the next working day off instead ("nghỉ bù", Article 112(3)); two in a row
 * on a weekend (30 April and 1 May) give the next two.</li>
 * <li>Configured holidays are days off as listed: the lunar holidays (Tết Nguyên đán, Giỗ
 * Tổ Hùng Vương 10/3 âm lịch), the day next to 2 September, swapped days and the nghỉ bù
 * of lunar holidays, which change every year. They get no automatic nghỉ bù: list the
 * days the announcement gives.</li>
 * </ul>
 * Counting methods take whole days: {@code plusWorkingDays(day, 1)} is the next working
 * day after {@code day}, whether or not {@code day} is one itself. Immutable and
 * thread-safe.
 */
public final class BusinessCalendar {

	/** Vietnam's time zone (UTC+7, no daylight saving time). */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The fixed holidays of the Labour Code 2019, Article 112(1)(a), (c), (d), (đ). */
	static final List<MonthDay> STATUTORY = List.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1),
			MonthDay.of(9, 2));

	private final Set<LocalDate> holidays;

	private final Set<LocalDate> workingDays;

	private final Map<Integer, Set<LocalDate>> statutory = new ConcurrentHashMap<>();

	/**
	 * @param holidays configured days off besides weekends and the fixed holidays
	 * @param workingDays Saturdays and Sundays that are working days
	 * @throws IllegalArgumentException when a working day is not a Saturday or Sunday, or
	 * is also listed as a holiday
	 */
	public BusinessCalendar(Collection<LocalDate> holidays, Collection<LocalDate> workingDays) {
		this.holidays = Set.copyOf(holidays);
		this.workingDays = Set.copyOf(workingDays);
		for (LocalDate day : new TreeSet<>(this.workingDays)) {
			if (!isWeekend(day)) {
				throw new IllegalArgumentException("vanthu.calendar.working-days: " + day + " is a "
						+ day.getDayOfWeek() + "; only Saturdays and Sundays can be made working days");
			}
			if (this.holidays.contains(day)) {
				throw new IllegalArgumentException(
						"vanthu.calendar: " + day + " is listed both as a holiday and as a working day");
			}
		}
	}

	/** Weekends and the fixed statutory holidays only, nothing configured. */
	public static BusinessCalendar statutoryOnly() {
		return new BusinessCalendar(List.of(), List.of());
	}

	/** Whether the day is a working day. */
	public boolean isWorkingDay(LocalDate day) {
		if (this.workingDays.contains(day)) {
			return true;
		}
		return !isWeekend(day) && !this.holidays.contains(day) && !statutoryDaysOff(day.getYear()).contains(day);
	}

	/** Whether the day of this time, in Vietnam, is a working day. */
	public boolean isWorkingDay(ZonedDateTime time) {
		return isWorkingDay(time.withZoneSameInstant(ZONE).toLocalDate());
	}

	/** Whether the day of this instant, in Vietnam, is a working day. */
	public boolean isWorkingDay(Instant instant) {
		return isWorkingDay(instant.atZone(ZONE).toLocalDate());
	}

	/**
	 * Whether the day is a public holiday: a fixed holiday, its nghỉ bù or a configured
	 * holiday (a Saturday or Sunday is a holiday only when it is a fixed or configured
	 * one).
	 */
	public boolean isHoliday(LocalDate day) {
		return !this.workingDays.contains(day)
				&& (this.holidays.contains(day) || statutoryDaysOff(day.getYear()).contains(day));
	}

	/** The holidays of a year (see {@link #isHoliday(LocalDate)}), in order. */
	public SortedSet<LocalDate> holidays(int year) {
		SortedSet<LocalDate> out = new TreeSet<>(statutoryDaysOff(year));
		this.holidays.stream().filter((d) -> d.getYear() == year).forEach(out::add);
		return out;
	}

	/** The day itself when it is a working day, else the last working day before it. */
	public LocalDate onOrBefore(LocalDate day) {
		LocalDate d = day;
		while (!isWorkingDay(d)) {
			d = d.minusDays(1);
		}
		return d;
	}

	/** The day itself when it is a working day, else the first working day after it. */
	public LocalDate onOrAfter(LocalDate day) {
		LocalDate d = day;
		while (!isWorkingDay(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** The first working day after the day. */
	public LocalDate nextWorkingDay(LocalDate day) {
		return onOrAfter(day.plusDays(1));
	}

	/** The last working day before the day. */
	public LocalDate previousWorkingDay(LocalDate day) {
		return onOrBefore(day.minusDays(1));
	}

	/**
	 * The {@code n}-th working day after the day ({@code n = 0}: the day itself; a
	 * negative {@code n} counts back).
	 */
	public LocalDate plusWorkingDays(LocalDate day, int n) {
		if (n < 0) {
			return minusWorkingDays(day, -n);
		}
		LocalDate d = day;
		for (int i = 0; i < n; i++) {
			d = nextWorkingDay(d);
		}
		return d;
	}

	/**
	 * The {@code n}-th working day before the day ({@code n = 0}: the day itself; a
	 * negative {@code n} counts forward).
	 */
	public LocalDate minusWorkingDays(LocalDate day, int n) {
		if (n < 0) {
			return plusWorkingDays(day, -n);
		}
		LocalDate d = day;
		for (int i = 0; i < n; i++) {
			d = previousWorkingDay(d);
		}
		return d;
	}

	/** The last working day of the month. */
	public LocalDate lastWorkingDayOf(YearMonth month) {
		return onOrBefore(month.atEndOfMonth());
	}

	/** The first working day of the month. */
	public LocalDate firstWorkingDayOf(YearMonth month) {
		return onOrAfter(month.atDay(1));
	}

	/**
	 * {@code n} working days after the time, at the same time of day in Vietnam (see
	 * {@link #plusWorkingDays(LocalDate, int)}).
	 */
	public ZonedDateTime plusWorkingDays(ZonedDateTime time, int n) {
		ZonedDateTime t = time.withZoneSameInstant(ZONE);
		return t.with(plusWorkingDays(t.toLocalDate(), n));
	}

	/**
	 * {@code n} working days before the time, at the same time of day in Vietnam (see
	 * {@link #minusWorkingDays(LocalDate, int)}).
	 */
	public ZonedDateTime minusWorkingDays(ZonedDateTime time, int n) {
		ZonedDateTime t = time.withZoneSameInstant(ZONE);
		return t.with(minusWorkingDays(t.toLocalDate(), n));
	}

	/**
	 * The time itself when its day is a working day, else the same time of day on the
	 * last working day before it (in Vietnam).
	 */
	public ZonedDateTime onOrBefore(ZonedDateTime time) {
		ZonedDateTime t = time.withZoneSameInstant(ZONE);
		return t.with(onOrBefore(t.toLocalDate()));
	}

	/**
	 * The time itself when its day is a working day, else the same time of day on the
	 * first working day after it (in Vietnam).
	 */
	public ZonedDateTime onOrAfter(ZonedDateTime time) {
		ZonedDateTime t = time.withZoneSameInstant(ZONE);
		return t.with(onOrAfter(t.toLocalDate()));
	}

	/**
	 * The fixed holidays of a year and their nghỉ bù: each one on a Saturday or Sunday
	 * moves to the next weekday that is not already off for a fixed holiday. Configured
	 * days are ignored here, so an announcement listing the nghỉ bù among its days off
	 * does not push it a day further.
	 */
	private Set<LocalDate> statutoryDaysOff(int year) {
		return this.statutory.computeIfAbsent(year, BusinessCalendar::computeStatutory);
	}

	private static Set<LocalDate> computeStatutory(int year) {
		SortedSet<LocalDate> off = new TreeSet<>();
		STATUTORY.forEach((md) -> off.add(md.atYear(year)));
		for (MonthDay md : STATUTORY) {
			LocalDate day = md.atYear(year);
			if (isWeekend(day)) {
				LocalDate instead = day.plusDays(1);
				while (isWeekend(instead) || off.contains(instead)) {
					instead = instead.plusDays(1);
				}
				off.add(instead);
			}
		}
		return Set.copyOf(off);
	}

	private static boolean isWeekend(LocalDate day) {
		DayOfWeek dow = day.getDayOfWeek();
		return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
	}

}
