package vn.vanthu.platform.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Weekends, the fixed holidays of the Labour Code with their nghỉ bù, configured holidays
 * and make-up Saturdays, counting across them and month ends.
 */
class BusinessCalendarTests {

	private final BusinessCalendar statutory = BusinessCalendar.statutoryOnly();

	/** 2026 as announced: Tết Dương lịch swap, Tết Bính Ngọ, Giỗ Tổ, Quốc khánh swap. */
	private final BusinessCalendar y2026 = new BusinessCalendar(
			List.of(day(2026, 1, 2), day(2026, 2, 16), day(2026, 2, 17), day(2026, 2, 18), day(2026, 2, 19),
					day(2026, 2, 20), day(2026, 4, 26), day(2026, 4, 27), day(2026, 8, 31), day(2026, 9, 1)),
			List.of(day(2026, 1, 10), day(2026, 8, 22)));

	static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	@Test
	void saturdaysAndSundaysAreDaysOff() {
		assertThat(this.statutory.isWorkingDay(day(2023, 8, 11))).as("Friday").isTrue();
		assertThat(this.statutory.isWorkingDay(day(2023, 8, 12))).as("Saturday").isFalse();
		assertThat(this.statutory.isWorkingDay(day(2023, 8, 13))).as("Sunday").isFalse();
		assertThat(this.statutory.isWorkingDay(day(2023, 8, 14))).as("Monday").isTrue();
		assertThat(this.statutory.isHoliday(day(2023, 8, 12))).as("a weekend is no holiday").isFalse();
	}

	@Test
	void eachFixedHolidayIsOffEveryYear() {
		// 2025: all four on weekdays
		for (LocalDate d : List.of(day(2025, 1, 1), day(2025, 4, 30), day(2025, 5, 1), day(2025, 9, 2))) {
			assertThat(this.statutory.isWorkingDay(d)).as(d.toString()).isFalse();
			assertThat(this.statutory.isHoliday(d)).as(d.toString()).isTrue();
		}
		assertThat(this.statutory.holidays(2025)).containsExactly(day(2025, 1, 1), day(2025, 4, 30), day(2025, 5, 1),
				day(2025, 9, 2));
		// the days around them are working days
		assertThat(this.statutory.isWorkingDay(day(2025, 1, 2))).isTrue();
		assertThat(this.statutory.isWorkingDay(day(2025, 5, 2))).isTrue();
		assertThat(this.statutory.isWorkingDay(day(2025, 9, 3))).isTrue();
		// far years too
		assertThat(this.statutory.isWorkingDay(day(2031, 9, 2))).isFalse();
	}

	@Test
	void aFixedHolidayOnAWeekendGivesTheNextWorkingDayOff() {
		// 2022: 30/4 Saturday and 1/5 Sunday → Monday 2/5 and Tuesday 3/5 off
		assertThat(this.statutory.isWorkingDay(day(2022, 5, 2))).isFalse();
		assertThat(this.statutory.isWorkingDay(day(2022, 5, 3))).isFalse();
		assertThat(this.statutory.isWorkingDay(day(2022, 5, 4))).isTrue();
		// 2023: 30/4 Sunday, 1/5 Monday → Tuesday 2/5 off
		assertThat(this.statutory.isWorkingDay(day(2023, 5, 1))).isFalse();
		assertThat(this.statutory.isWorkingDay(day(2023, 5, 2))).isFalse();
		assertThat(this.statutory.isWorkingDay(day(2023, 5, 3))).isTrue();
		// 2023: 2/9 Saturday → Monday 4/9 off
		assertThat(this.statutory.isWorkingDay(day(2023, 9, 4))).isFalse();
		assertThat(this.statutory.isWorkingDay(day(2023, 9, 5))).isTrue();
		// 2029: 2/9 Sunday → Monday 3/9 off
		assertThat(this.statutory.isWorkingDay(day(2029, 9, 3))).isFalse();
		// 2023: 1/1 Sunday → Monday 2/1 off
		assertThat(this.statutory.isWorkingDay(day(2023, 1, 2))).isFalse();
		assertThat(this.statutory.holidays(2022)).containsExactly(day(2022, 1, 1), day(2022, 1, 3), day(2022, 4, 30),
				day(2022, 5, 1), day(2022, 5, 2), day(2022, 5, 3), day(2022, 9, 2));
	}

	@Test
	void anAnnouncedNghiBuIsNotPushedADayFurther() {
		// 2023 Quốc khánh as announced: Friday 1/9 and Monday 4/9 off around Saturday 2/9
		BusinessCalendar c = new BusinessCalendar(List.of(day(2023, 9, 1), day(2023, 9, 4)), List.of());
		assertThat(c.isWorkingDay(day(2023, 8, 31))).isTrue();
		assertThat(IntStream.rangeClosed(1, 4).mapToObj((d) -> day(2023, 9, d)).filter(c::isWorkingDay)).isEmpty();
		assertThat(c.isWorkingDay(day(2023, 9, 5))).as("Tuesday stays a working day").isTrue();
	}

	@Test
	void configuredHolidaysAreOffAndMakeUpSaturdaysAreWorked() {
		assertThat(this.y2026.isWorkingDay(day(2026, 1, 2))).as("Friday swapped off").isFalse();
		assertThat(this.y2026.isWorkingDay(day(2026, 1, 10))).as("Saturday worked instead").isTrue();
		assertThat(this.y2026.isHoliday(day(2026, 1, 10))).isFalse();
		assertThat(this.y2026.isWorkingDay(day(2026, 1, 11))).as("its Sunday is not").isFalse();
		assertThat(this.y2026.isWorkingDay(day(2026, 4, 27))).as("nghỉ bù of Giỗ Tổ").isFalse();
		assertThat(this.y2026.isWorkingDay(day(2026, 8, 22))).isTrue();
		assertThat(this.statutory.isWorkingDay(day(2026, 8, 22))).isFalse();
		assertThat(this.y2026.holidays(2026)).contains(day(2026, 1, 1), day(2026, 2, 16), day(2026, 9, 2))
			.doesNotContain(day(2026, 1, 10))
			.hasSize(14);
	}

	@Test
	void countingSkipsTheTetWeek() {
		// Tết Bính Ngọ: off from Saturday 14/2 to Sunday 22/2/2026
		assertThat(this.y2026.plusWorkingDays(day(2026, 2, 13), 1)).isEqualTo(day(2026, 2, 23));
		assertThat(this.y2026.plusWorkingDays(day(2026, 2, 12), 3)).isEqualTo(day(2026, 2, 24));
		assertThat(this.y2026.minusWorkingDays(day(2026, 2, 23), 1)).isEqualTo(day(2026, 2, 13));
		assertThat(this.y2026.minusWorkingDays(day(2026, 2, 25), 3)).isEqualTo(day(2026, 2, 13));
		// from a day off: the first working day after it is one working day later
		assertThat(this.y2026.plusWorkingDays(day(2026, 2, 17), 1)).isEqualTo(day(2026, 2, 23));
		assertThat(this.y2026.minusWorkingDays(day(2026, 2, 17), 1)).isEqualTo(day(2026, 2, 13));
		assertThat(this.y2026.nextWorkingDay(day(2026, 2, 13))).isEqualTo(day(2026, 2, 23));
		assertThat(this.y2026.previousWorkingDay(day(2026, 2, 23))).isEqualTo(day(2026, 2, 13));
		assertThat(this.y2026.onOrAfter(day(2026, 2, 14))).isEqualTo(day(2026, 2, 23));
		assertThat(this.y2026.onOrBefore(day(2026, 2, 22))).isEqualTo(day(2026, 2, 13));
		// zero stays, negative counts the other way
		assertThat(this.y2026.plusWorkingDays(day(2026, 2, 17), 0)).isEqualTo(day(2026, 2, 17));
		assertThat(this.y2026.plusWorkingDays(day(2026, 2, 23), -1)).isEqualTo(day(2026, 2, 13));
		assertThat(this.y2026.minusWorkingDays(day(2026, 2, 13), -1)).isEqualTo(day(2026, 2, 23));
		// without the announced days, only the weekend is skipped
		assertThat(this.statutory.plusWorkingDays(day(2026, 2, 13), 1)).isEqualTo(day(2026, 2, 16));
	}

	@Test
	void monthEndsAreTheirLastWorkingDays() {
		assertThat(this.y2026.lastWorkingDayOf(YearMonth.of(2026, 1))).as("31 is a Saturday")
			.isEqualTo(day(2026, 1, 30));
		assertThat(this.y2026.lastWorkingDayOf(YearMonth.of(2026, 2))).isEqualTo(day(2026, 2, 27));
		assertThat(this.y2026.lastWorkingDayOf(YearMonth.of(2026, 4))).as("30/4 is a holiday")
			.isEqualTo(day(2026, 4, 29));
		assertThat(this.y2026.lastWorkingDayOf(YearMonth.of(2026, 8))).as("Monday 31/8 swapped off")
			.isEqualTo(day(2026, 8, 28));
		assertThat(this.y2026.lastWorkingDayOf(YearMonth.of(2026, 12))).isEqualTo(day(2026, 12, 31));
		assertThat(this.statutory.lastWorkingDayOf(YearMonth.of(2024, 2))).as("leap year").isEqualTo(day(2024, 2, 29));
		assertThat(this.y2026.firstWorkingDayOf(YearMonth.of(2026, 1))).isEqualTo(day(2026, 1, 5));
		assertThat(this.y2026.firstWorkingDayOf(YearMonth.of(2026, 5))).as("1/5 Friday").isEqualTo(day(2026, 5, 4));
	}

	@Test
	void timesKeepTheirTimeOfDayInVietnam() {
		ZonedDateTime friday = ZonedDateTime.of(2026, 2, 13, 17, 0, 0, 0, BusinessCalendar.ZONE);
		assertThat(this.y2026.plusWorkingDays(friday, 1))
			.isEqualTo(ZonedDateTime.of(2026, 2, 23, 17, 0, 0, 0, BusinessCalendar.ZONE));
		assertThat(this.y2026.minusWorkingDays(friday.plusDays(10), 1)).isEqualTo(friday);
		assertThat(this.y2026.onOrBefore(friday.plusDays(4))).isEqualTo(friday);
		assertThat(this.y2026.onOrAfter(friday.plusDays(1))).isEqualTo(friday.plusDays(10));
		// 20:00 UTC on Sunday 22/2 is already Monday 23/2 03:00 in Hanoi, a working day
		ZonedDateTime utc = ZonedDateTime.of(2026, 2, 22, 20, 0, 0, 0, ZoneOffset.UTC);
		assertThat(this.y2026.isWorkingDay(utc)).isTrue();
		assertThat(this.y2026.isWorkingDay(utc.toInstant())).isTrue();
		assertThat(this.y2026.onOrBefore(utc))
			.isEqualTo(ZonedDateTime.of(2026, 2, 23, 3, 0, 0, 0, BusinessCalendar.ZONE));
	}

	@Test
	void aWorkingDayMustBeAWeekendNotAHoliday() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BusinessCalendar(List.of(), List.of(day(2026, 1, 9))))
			.withMessageContaining("2026-01-09")
			.withMessageContaining("Saturdays and Sundays");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BusinessCalendar(List.of(day(2026, 1, 10)), List.of(day(2026, 1, 10))))
			.withMessageContaining("both");
	}

}
