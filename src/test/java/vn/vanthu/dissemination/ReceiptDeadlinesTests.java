package vn.vanthu.dissemination;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanthu.platform.calendar.BusinessCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receipt is due the same working day at 17:00 when it arrives on a working day before
 * noon, else at 17:00 on the next working day: weekends and public holidays skipped.
 */
class ReceiptDeadlinesTests {

	private final ReceiptDeadlines deadlines = new ReceiptDeadlines(BusinessCalendar.statutoryOnly());

	/** Quốc khánh 2025 as announced: Monday 1/9 off next to Tuesday 2/9. */
	private final ReceiptDeadlines announced = new ReceiptDeadlines(
			new BusinessCalendar(List.of(LocalDate.of(2025, 9, 1)), List.of()));

	static Instant at(String local) {
		return ZonedDateTime.parse(local + "+07:00[Asia/Ho_Chi_Minh]").toInstant();
	}

	@Test
	void beforeNoonTheSameDayAfterNoonTheNext() {
		assertThat(this.deadlines.dueFor(at("2023-08-09T11:59"))).isEqualTo(at("2023-08-09T17:00"));
		assertThat(this.deadlines.dueFor(at("2023-08-09T12:00"))).isEqualTo(at("2023-08-10T17:00"));
		// Friday afternoon and Saturday → Monday
		assertThat(this.deadlines.dueFor(at("2023-08-11T15:00"))).isEqualTo(at("2023-08-14T17:00"));
		assertThat(this.deadlines.dueFor(at("2023-08-12T09:00"))).isEqualTo(at("2023-08-14T17:00"));
	}

	@Test
	void aReceiptSentOnTheEveOfTwoSeptemberIsDueAfterIt() {
		// Wednesday 1/9/2027, afternoon: Thursday 2/9 is Quốc khánh → Friday 3/9
		assertThat(this.deadlines.dueFor(at("2027-09-01T15:00"))).isEqualTo(at("2027-09-03T17:00"));
		// Friday 29/8/2025, afternoon: the weekend, Monday 1/9 (announced) and 2/9 →
		// Wednesday
		assertThat(this.announced.dueFor(at("2025-08-29T14:00"))).isEqualTo(at("2025-09-03T17:00"));
		// arriving on the holiday itself, even in the morning
		assertThat(this.announced.dueFor(at("2025-09-02T08:00"))).isEqualTo(at("2025-09-03T17:00"));
	}

	@Test
	void aHolidayOnAWeekendGivesTheNextWorkingDayOff() {
		// Sunday 2/9/2029: nghỉ bù on Monday 3/9 → Tuesday 4/9
		assertThat(this.deadlines.dueFor(at("2029-08-31T16:00"))).isEqualTo(at("2029-09-04T17:00"));
	}

	@Test
	void theTimeIsVietnamsWhateverTheServersZone() {
		// 04:30 UTC is 11:30 in Hanoi: before noon
		assertThat(this.deadlines.dueFor(Instant.parse("2023-08-09T04:30:00Z"))).isEqualTo(at("2023-08-09T17:00"));
	}

}
