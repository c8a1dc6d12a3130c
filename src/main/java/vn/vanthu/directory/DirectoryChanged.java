package vn.vanthu.directory;

/**
 * Published after a unit or a person was created or changed, so that mirrors (the
 * engine's identity tables) can follow. Exactly one of the two fields is set.
 *
 * @param unit the changed unit, or {@code null}
 * @param person the changed person, or {@code null}
 */
public record DirectoryChanged(UnitCode unit, Username person) {

	public static DirectoryChanged unit(UnitCode unit) {
		return new DirectoryChanged(unit, null);
	}

	public static DirectoryChanged person(Username person) {
		return new DirectoryChanged(null, person);
	}

}
