package vn.vanthu.followup;

import java.time.LocalDate;

import vn.vanthu.directory.UnitCode;

/**
 * Which tasks a report counts; {@code null} fields do not filter.
 *
 * @param dueFrom first due date of the period (inclusive)
 * @param dueTo last due date of the period (inclusive)
 * @param unit the lead unit
 * @param documentId the directive
 * @param issuer the assigner unit (who gave the tasks)
 */
public record ReportFilter(LocalDate dueFrom, LocalDate dueTo, UnitCode unit, Long documentId, UnitCode issuer) {

	public static ReportFilter all() {
		return new ReportFilter(null, null, null, null, null);
	}

}
