package vn.vanthu.followup;

import java.time.LocalDate;
import java.util.Set;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.text.Recurrence;

/**
 * A task as the clerk confirms it (possibly edited, split or added by hand).
 *
 * @param leadUnit the unit in charge, required
 * @param coUnits co-operating units
 * @param description what to do, required
 * @param dueOn an explicit due date, or {@code null} to take it from the deadline
 * @param deadline the deadline as read ("2024-02"), or {@code null}: with neither, the
 * admin's default applies
 * @param recurrence the period of a periodic duty, or {@code null}
 * @param assigneeAsWritten the assignee as written in the directive, or {@code null}
 * @param sourcePassage the passage of the directive, or {@code null}
 */
public record TaskRequest(UnitCode leadUnit, Set<UnitCode> coUnits, String description, LocalDate dueOn,
		String deadline, Recurrence recurrence, String assigneeAsWritten, String sourcePassage) {

	public TaskRequest {
		coUnits = Set.copyOf(coUnits == null ? Set.of() : coUnits);
	}

}
