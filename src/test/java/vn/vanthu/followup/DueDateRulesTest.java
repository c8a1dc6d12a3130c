package vn.vanthu.followup;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanthu.text.DeadlineDate;
import vn.vanthu.text.Recurrence;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days, due dates of deadlines and the next occurrence of periodic duties. */
class DueDateRulesTest {

	private final WorkingDays days = new WorkingDays(List.of(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1)));

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
