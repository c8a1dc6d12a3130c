package vn.vanthu.followup;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanthu.platform.calendar.BusinessCalendar;
import vn.vanthu.text.DeadlineDate;
import vn.vanthu.text.Recurrence;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days, due dates of deadlines and the next occurrence of periodic duties. */
class DueDateRulesTest {

	/** 30/4 and 1/5 are built in. */
	private final WorkingDays days = new WorkingDays(BusinessCalendar.statutoryOnly());

	/** Tết Ất Tỵ 2025 and the swapped Monday before Quốc khánh 2026, as announced. */
	private final WorkingDays announced = new WorkingDays(new BusinessCalendar(List.of(LocalDate.of(2025, 1, 27),
			LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31),
			LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 1)), List.of(LocalDate.of(2026, 8, 22))));

	@Test
	void aMonthMeansItsLastWorkingDay() {
		assertThat(this.days.dueDate(DeadlineDate.ofMonth(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 29)); // Thu
		assertThat(this.days.dueDate(DeadlineDate.ofMonth(2024, 3))).isEqualTo(LocalDate.of(2024, 3, 29)); // 31
																											// is
																											// Sun
		assertThat(this.days.dueDate(DeadlineDate.ofMonth(2024, 4))).as("30/04 is a holiday")
			.isEqualTo(LocalDate.of(2024, 4, 29));
		assertThat(this.days.dueDate(DeadlineDate.ofQuarter(2024, 2))).isEqualTo(LocalDate.of(2024, 6, 28)); // 30
																												// Sun
	}

	@Test
	void aMonthWhoseLastDayIsAHolidayIsDueOnTheWorkingDayBefore() {
		// Friday 31/1/2025 is Tết: the last working day of January is Friday 24/1
		assertThat(this.announced.dueDate(DeadlineDate.ofMonth(2025, 1))).isEqualTo(LocalDate.of(2025, 1, 24));
		// Monday 31/8/2026 is swapped off (worked on Saturday 22/8)
		assertThat(this.announced.dueDate(DeadlineDate.ofMonth(2026, 8))).isEqualTo(LocalDate.of(2026, 8, 28));
		// the third quarter of 2026 ends on Wednesday 30/9, a working day
		assertThat(this.announced.dueDate(DeadlineDate.ofQuarter(2026, 3))).isEqualTo(LocalDate.of(2026, 9, 30));
		// three working days before Monday 3/2/2025 skip Tết: Wed 22, Thu 23, Fri 24
		// January
		assertThat(this.announced.minus(LocalDate.of(2025, 2, 3), 3)).isEqualTo(LocalDate.of(2025, 1, 22));
		assertThat(Occurrences.nextDue(Recurrence.MONTHLY, LocalDate.of(2024, 12, 31), this.announced))
			.isEqualTo(LocalDate.of(2025, 1, 24));
		// a weekly duty due on Friday 2/9/2022 (Quốc khánh) is due on Thursday 1/9
		assertThat(Occurrences.nextDue(Recurrence.WEEKLY, LocalDate.of(2022, 8, 26), this.days))
			.isEqualTo(LocalDate.of(2022, 9, 1));
		assertThat(this.announced.isWorkingDay(LocalDate.of(2026, 8, 22))).as("make-up Saturday").isTrue();
	}

	@Test
	void anExactDateStaysAsWritten() {
		assertThat(this.days.dueDate(DeadlineDate.of(LocalDate.of(2024, 2, 10)))).isEqualTo(LocalDate.of(2024, 2, 10));
	}

	@Test
	void workingDaysSkipWeekendsAndHolidays() {
		assertThat(this.days.minus(LocalDate.of(2024, 2, 7), 3)).isEqualTo(LocalDate.of(2024, 2, 2));
		assertThat(this.days.minus(LocalDate.of(2024, 5, 2), 1)).isEqualTo(LocalDate.of(2024, 4, 29));
		assertThat(this.days.isWorkingDay(LocalDate.of(2024, 5, 1))).isFalse();
		assertThat(this.days.onOrBefore(LocalDate.of(2024, 2, 11))).isEqualTo(LocalDate.of(2024, 2, 9));
	}

	@Test
	void periodicDutiesRecurAtTheEndOfTheNextPeriod() {
		assertThat(Occurrences.nextDue(Recurrence.SEMIANNUAL, LocalDate.of(2024, 6, 28), this.days))
			.isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(Occurrences.nextDue(Recurrence.SEMIANNUAL, LocalDate.of(2024, 12, 31), this.days))
			.isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(Occurrences.nextDue(Recurrence.ANNUAL, LocalDate.of(2024, 12, 31), this.days))
			.isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(Occurrences.nextDue(Recurrence.QUARTERLY, LocalDate.of(2024, 2, 15), this.days))
			.as("next quarter after Q1")
			.isEqualTo(LocalDate.of(2024, 6, 28));
		assertThat(Occurrences.nextDue(Recurrence.MONTHLY, LocalDate.of(2024, 1, 31), this.days))
			.isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Occurrences.nextDue(Recurrence.WEEKLY, LocalDate.of(2024, 2, 2), this.days))
			.isEqualTo(LocalDate.of(2024, 2, 9));
	}

	@Test
	void categoriesAndRatesFollowTheirDefinitions() {
		LocalDate day = LocalDate.of(2024, 2, 1);
		assertThat(Category.of(task(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 1)), day))
			.isEqualTo(Category.DONE_LATE);
		assertThat(Category.of(task(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 1)), LocalDate.of(2024, 1, 31)))
			.as("done after the report's day: still open, due that day")
			.isEqualTo(Category.OPEN_NOT_DUE);
		assertThat(Category.of(task(LocalDate.of(2024, 1, 31), null), day)).isEqualTo(Category.OPEN_OVERDUE);
		Counts c = new Counts(3, 1, 3, 1, 6);
		assertThat(c.overdueRate()).isEqualByComparingTo("42.9");
		assertThat(c.lateRate()).isEqualByComparingTo("66.7");
		assertThat(Counts.ZERO.overdueRate()).isNull();
	}

	private static FollowupTask task(LocalDate due, LocalDate done) {
		return new FollowupTask(new FollowupTaskId(1), 1, null, 1, null, "x", null,
				vn.vanthu.directory.UnitCode.of("A"), null, vn.vanthu.directory.UnitCode.of("B"), "u", due, due, null,
				done == null ? TaskStatus.OPEN : TaskStatus.DONE, false, done, null, null);
	}

}
