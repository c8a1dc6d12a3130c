package vn.vanthu.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.text.Recurrence;

/**
 * A task a directive gives to a unit, tracked to its deadline.
 *
 * @param id the identity
 * @param documentId the source directive (a document of the library)
 * @param seriesId the first task of a recurring series (itself for the first), or
 * {@code null} when not recurring
 * @param occurrence 1 for the first occurrence of a recurring duty, then 2, 3…
 * @param assigneeAsWritten the assignee as the directive writes it, or {@code null}
 * @param description what to do
 * @param sourcePassage the passage of the directive the task comes from, or {@code null}
 * @param leadUnit the unit in charge (đơn vị chủ trì)
 * @param coUnits the co-operating units (đơn vị phối hợp)
 * @param assignerUnit the unit that gave the task and accepts its completion
 * @param assignedBy who confirmed the task
 * @param originalDueOn the due date first set
 * @param dueOn the current due date (after extensions)
 * @param recurrence the period of a periodic duty, or {@code null}
 * @param status the status
 * @param overdueMarked whether the due date passed while the task was open
 * @param doneOn the day the accepted completion was reported, or {@code null}
 * @param processInstanceId the engine process carrying the task
 * @param createdAt when it was confirmed
 */
public record FollowupTask(FollowupTaskId id, long documentId, Long seriesId, int occurrence, String assigneeAsWritten,
		String description, String sourcePassage, UnitCode leadUnit, Set<UnitCode> coUnits, UnitCode assignerUnit,
		String assignedBy, LocalDate originalDueOn, LocalDate dueOn, Recurrence recurrence, TaskStatus status,
		boolean overdueMarked, LocalDate doneOn, String processInstanceId, Instant createdAt) {

	public FollowupTask {
		coUnits = Set.copyOf(coUnits == null ? Set.of() : coUnits);
	}

	/** Whether the due date was moved by an extension. */
	public boolean isExtended() {
		return !this.dueOn.equals(this.originalDueOn);
	}

	/** Whether the task is still to be done (open or waiting for acceptance). */
	public boolean isOpen() {
		return this.status == TaskStatus.OPEN || this.status == TaskStatus.SUBMITTED;
	}

	/** Whether the unit takes part in the task, leading or co-operating. */
	public boolean involves(UnitCode unit) {
		return this.leadUnit.equals(unit) || this.coUnits.contains(unit);
	}

}
