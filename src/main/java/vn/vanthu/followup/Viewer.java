package vn.vanthu.followup;

import java.util.Set;

import vn.vanthu.directory.UnitCode;

/**
 * Who looks at tasks: a unit sees the tasks it leads or co-operates in, the assigner's
 * unit (and the clerk who confirmed them) sees the tasks it gave, admins see all; in
 * every case only the tasks of directives the person may open ({@link Followup#get}, ADR
 * 0008).
 *
 * @param username the login
 * @param units the units the user belongs to
 * @param admin whether the user administers Vanthu
 */
public record Viewer(String username, Set<UnitCode> units, boolean admin) {

	public Viewer {
		units = Set.copyOf(units);
	}

	public boolean canSee(FollowupTask task) {
		return this.admin || isAssigner(task) || task.coUnits().stream().anyMatch(this.units::contains)
				|| this.units.contains(task.leadUnit());
	}

	/** Whether the user gave the task: confirmed it or belongs to the assigner unit. */
	public boolean isAssigner(FollowupTask task) {
		return this.username.equals(task.assignedBy()) || this.units.contains(task.assignerUnit());
	}

	/** Whether the user may report for the task: a member of the lead unit. */
	public boolean isLead(FollowupTask task) {
		return this.units.contains(task.leadUnit());
	}

}
