package vn.vanthu.directory;

import java.util.List;

/**
 * A person who can log in, with the posts they hold.
 *
 * @param username the login name and engine user id
 * @param fullName the name as printed under a signature
 * @param email the e-mail address, or {@code null}
 * @param admin whether the person administers Vanthu and the engine
 * @param memberships the posts held, possibly several
 */
public record Person(Username username, String fullName, String email, boolean admin, List<Membership> memberships) {

	public Person {
		memberships = List.copyOf(memberships);
	}

	/** Whether the person holds any post in the given unit. */
	public boolean isMemberOf(UnitCode unit) {
		return this.memberships.stream().anyMatch((m) -> m.unit().equals(unit));
	}

	/** The units the person belongs to, in membership order, without repetition. */
	public List<UnitCode> units() {
		return this.memberships.stream().map(Membership::unit).distinct().toList();
	}

}
