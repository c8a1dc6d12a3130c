package vn.vanthu.drafting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The business calendar skips Saturdays and Sundays for reminders and default deadlines.
 */
class WorkingDaysTests {

	static Instant at(String local) {
		return ZonedDateTime.parse(local + "+07:00[Asia/Ho_Chi_Minh]").toInstant();
	}

	@Test
	void oneWorkingDayBeforeAMondayDeadlineIsFriday() {
		assertThat(WorkingDays.reminderTime(at("2023-08-14T17:00"), "P1D")).isEqualTo(at("2023-08-11T17:00"));
		assertThat(WorkingDays.reminderTime(at("2023-08-14T17:00"), null)).isEqualTo(at("2023-08-11T17:00"));
		assertThat(WorkingDays.reminderTime(at("2023-08-09T17:00"), "P2D")).isEqualTo(at("2023-08-07T17:00"));
		assertThat(WorkingDays.reminderTime(at("2023-08-16T17:00"), "P1W")).isEqualTo(at("2023-08-09T17:00"));
	}

	@Test
	void hoursLandingOnAWeekendMoveBackToFriday() {
		Instant reminder = WorkingDays.reminderTime(at("2023-08-14T10:00"), "PT16H");
		assertThat(reminder).isEqualTo(at("2023-08-11T18:00"));
		assertThat(reminder.atZone(WorkingDays.VIETNAM).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
	}

	@Test
	void theDefaultDeadlineIsFiveWorkingDaysAtFivePm() {
		// Friday 4 August 2023, 09:30 → Friday 11 August, 17:00
		assertThat(WorkingDays.defaultDeadline(at("2023-08-04T09:30"))).isEqualTo(at("2023-08-11T17:00"));
		// Saturday → the following Friday
		assertThat(WorkingDays.defaultDeadline(at("2023-08-05T09:30"))).isEqualTo(at("2023-08-11T17:00"));
	}

	@Test
	void nonsenseIsRefusedInVietnamese() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingDays.reminderTime(Instant.now(), "mai"))
			.withMessageContaining("không hợp lệ");
	}

}
