package vn.vanthu.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The "Theo dõi nhiệm vụ" report as of one instant.
 *
 * @param asOf the instant the figures describe
 * @param day the report's day in Vietnam (a task due that day is not yet overdue)
 * @param filter what was counted
 * @param total all counted tasks
 * @param byUnit per lead unit
 * @param byDirective per directive
 * @param byMonth per month of the due date (a task due 31/01 done 01/02 is January's and
 * late)
 * @param tasks the counted tasks with their category, for drill-down
 */
public record FollowupReport(Instant asOf, LocalDate day, ReportFilter filter, Counts total, List<Row> byUnit,
		List<Row> byDirective, List<MonthRow> byMonth, List<Line> tasks) {

	/**
	 * One group's figures.
	 *
	 * @param key the unit code or document id
	 * @param label the unit's name or the directive's title
	 * @param counts the figures
	 */
	public record Row(String key, String label, Counts counts) {
	}

	/**
	 * One month's figures.
	 *
	 * @param month the month of the due date
	 * @param counts the figures
	 */
	public record MonthRow(YearMonth month, Counts counts) {
	}

	/**
	 * A counted task.
	 *
	 * @param task the task
	 * @param category where it stands on the report's day
	 * @param directive the directive's title
	 * @param leadUnitName the lead unit's name
	 */
	public record Line(FollowupTask task, Category category, String directive, String leadUnitName) {
	}

}
