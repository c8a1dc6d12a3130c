package vn.vanthu.text;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Recurring duties, in the words of real texts, and their first due dates. */
class RecurringDeadlinesTest {

	private static final LocalDate ISSUED = LocalDate.of(2025, 1, 15);

	@Test
	void yearlyMonthlyAndWeeklyDutiesAreRecurrences() {
		assertThat(DeadlineFinder.find("gửi Sở Lao động - Thương binh và Xã hội trước ngày 20 \ntháng 6 hằng năm;",
				ISSUED))
			.singleElement()
			.satisfies((d) -> {
				assertThat(d.recurring()).isEqualTo(RecurringDate.yearly(6, 20));
				assertThat(d.recurring().isoDate()).isEqualTo("--06-20");
				assertThat(d.date()).hasToString("2025-06-20");
			});
		assertThat(DeadlineFinder.find("trình Bộ trưởng trước ngày 01/11 hằng năm để tổng hợp", ISSUED)).singleElement()
			.satisfies((d) -> assertThat(d.recurring()).isEqualTo(RecurringDate.yearly(11, 1)));
		assertThat(
				DeadlineFinder.find("cho cơ quan Lao động - Thương binh và Xã hội trước ngày 20 hằng tháng.", ISSUED))
			.singleElement()
			.satisfies((d) -> {
				assertThat(d.recurring().isoDate()).isEqualTo("---20");
				assertThat(d.date()).hasToString("2025-01-20");
			});
		assertThat(DeadlineFinder.find("báo cáo tuần, trước 16 giờ thứ hai hàng tuần hoặc", ISSUED)).singleElement()
			.satisfies((d) -> {
				assertThat(d.recurring().dayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
				assertThat(d.recurring().frequency()).isEqualTo("WEEKLY");
				assertThat(d.recurring().isoDate()).isNull();
			});
	}

	@Test
	void thePeriodMayComeFirst() {
		assertThat(DeadlineFinder.find("Hằng năm, các đơn vị gửi báo cáo về Sở Nội vụ trước ngày 31 tháng 3.", ISSUED))
			.singleElement()
			.satisfies((d) -> assertThat(d.label()).isEqualTo("YEARLY --03-31"));
	}

	@Test
	void aDutyWithoutDocumentDateHasNoFirstDueDateButKeepsItsRecurrence() {
		assertThat(DeadlineFinder.find("nộp trước ngày 25 hằng tháng", null)).singleElement().satisfies((d) -> {
			assertThat(d.date()).isNull();
			assertThat(d.label()).isEqualTo("MONTHLY ---25");
		});
	}

	@Test
	void oneOffDatesKeepTheirDate() {
		assertThat(DeadlineFinder.find("Sở Tài chính hoàn thành trước ngày 05 tháng 3 năm 2025.", ISSUED))
			.singleElement()
			.satisfies((d) -> {
				assertThat(d.isRecurring()).isFalse();
				assertThat(d.label()).isEqualTo("2025-03-05");
			});
	}

	@Test
	void nextDueDatesFollowTheCalendar() {
		assertThat(RecurringDate.yearly(12, 10).nextOnOrAfter(LocalDate.of(2025, 12, 11))).hasToString("2026-12-10");
		assertThat(RecurringDate.monthly(31).nextOnOrAfter(LocalDate.of(2025, 2, 1))).hasToString("2025-02-28");
		assertThat(RecurringDate.weekly(DayOfWeek.MONDAY).nextOnOrAfter(LocalDate.of(2025, 1, 15)))
			.hasToString("2025-01-20");
	}

}
