package vn.vanthu.addressing;

import java.util.List;

import vn.vanthu.directory.UnitCode;

/**
 * A group of recipients an admin defines, written as one line of Nơi nhận ("Trưởng các
 * ban ngành, đoàn thể xã") and standing for its units.
 *
 * @param id the group's id
 * @param name the wording, as documents write it
 * @param units the member units
 */
public record RecipientGroup(long id, String name, List<UnitCode> units) {

	public RecipientGroup {
		units = List.copyOf(units);
	}

}
