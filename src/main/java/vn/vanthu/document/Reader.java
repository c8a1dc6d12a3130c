package vn.vanthu.document;

import java.util.Set;

import vn.vanthu.directory.UnitCode;

/**
 * Someone who wants to read documents: a username and the units they belong to.
 *
 * @param username the login
 * @param units the units the user is a member of
 */
public record Reader(String username, Set<UnitCode> units) {

	public Reader {
		units = Set.copyOf(units == null ? Set.of() : units);
	}

}
