package vn.vanthu.directory;

/**
 * A post held by a person in a unit.
 *
 * @param username who holds it
 * @param unit where
 * @param position which post
 */
public record Membership(Username username, UnitCode unit, Position position) {

	/**
	 * The engine group id for everyone holding this post in this unit, e.g.
	 * {@code XA-BATIEU:CHU_TICH}; tasks for "the chairman of the commune" go to this
	 * group.
	 */
	public String positionGroupId() {
		return positionGroupId(this.unit, this.position);
	}

	public static String positionGroupId(UnitCode unit, Position position) {
		return unit.value() + ":" + position.name();
	}

}
