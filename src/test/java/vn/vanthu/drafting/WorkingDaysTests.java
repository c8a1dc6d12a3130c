package vn.vanthu.drafting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanthu.platform.calendar.BusinessCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Reminders and default deadlines of drafting rounds skip weekends and public holidays.
 */
class WorkingDaysTests {

	private final WorkingDays days = new WorkingDays(BusinessCalendar.statutoryOnly());

	/** With Quốc khánh 2025 as announced: Monday 1/9 off next to Tuesday 2/9. */
	private final WorkingDays with2025 = new WorkingDays(new BusinessCalendar(
			List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 5, 2)), List.of(LocalDate.of(2025, 4, 26))));

	static Instant at(String local) {
		return ZonedDateTime.parse(local + "+07:00[Asia/Ho_Chi_Minh]").toInstant();
	}

	@Test
	void oneWorkingDayBeforeAMondayDeadlineIsFriday() {
		assertThat(this.days.reminderTime(at("2023-08-14T17:00"), "P1D")).isEqualTo(at("2023-08-11T17:00"));
		assertThat(this.days.reminderTime(at("2023-08-14T17:00"), null)).isEqualTo(at("2023-08-11T17:00"));
		assertThat(this.days.reminderTime(at("2023-08-09T17:00"), "P2D")).isEqualTo(at("2023-08-07T17:00"));
		assertThat(this.days.reminderTime(at("2023-08-16T17:00"), "P1W")).isEqualTo(at("2023-08-09T17:00"));
	}

	@Test
	void hoursLandingOnAWeekendMoveBackToFriday() {
		Instant reminder = this.days.reminderTime(at("2023-08-14T10:00"), "PT16H");
		assertThat(reminder).isEqualTo(at("2023-08-11T18:00"));
		assertThat(reminder.atZone(WorkingDays.VIETNAM).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
	}

	@Test
	void theDefaultDeadlineIsFiveWorkingDaysAtFivePm() {
		// Friday 4 August 2023, 09:30 → Friday 11 August, 17:00
		assertThat(this.days.defaultDeadline(at("2023-08-04T09:30"))).isEqualTo(at("2023-08-11T17:00"));
		// Saturday → the following Friday
		assertThat(this.days.defaultDeadline(at("2023-08-05T09:30"))).isEqualTo(at("2023-08-11T17:00"));
	}

	@Test
	void aReminderOneWorkingDayBeforeADeadlineAfterAHolidayLandsBeforeTheHoliday() {
		// deadline Wednesday 3/9/2025: Tuesday 2/9 (Quốc khánh) and Monday 1/9 are off
		assertThat(this.with2025.reminderTime(at("2025-09-03T17:00"), "P1D")).isEqualTo(at("2025-08-29T17:00"));
		// deadline Friday 3/9/2027 with nothing configured: Thursday 2/9 is off
		assertThat(this.days.reminderTime(at("2027-09-03T17:00"), "P1D")).isEqualTo(at("2027-09-01T17:00"));
		// hours landing on a holiday move back to the last working day
		assertThat(this.with2025.reminderTime(at("2025-09-03T09:00"), "PT12H")).isEqualTo(at("2025-08-29T21:00"));
	}

	@Test
	void theDefaultDeadlineSkipsHolidaysAndCountsMakeUpSaturdays() {
		// opened Thursday 24/4/2025: Saturday 26/4 is worked, 30/4, 1/5 and 2/5 are off
		// → Fri 25, Sat 26, Mon 28, Tue 29, Mon 5/5
		assertThat(this.with2025.defaultDeadline(at("2025-04-24T10:00"))).isEqualTo(at("2025-05-05T17:00"));
		// opened Friday 29/8/2025 → Wed 3, Thu 4, Fri 5, Mon 8, Tue 9 September
		assertThat(this.with2025.defaultDeadline(at("2025-08-29T10:00"))).isEqualTo(at("2025-09-09T17:00"));
	}

	@Test
	void nonsenseIsRefusedInVietnamese() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.days.reminderTime(Instant.now(), "mai"))
			.withMessageContaining("không hợp lệ");
	}

}
