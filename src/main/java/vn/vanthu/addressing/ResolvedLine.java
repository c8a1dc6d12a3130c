package vn.vanthu.addressing;

import java.util.List;

import vn.vanthu.directory.UnitCode;

/**
 * One line of Kính gửi or Nơi nhận and the units it was resolved to.
 *
 * @param label the line as written, without bullet and final punctuation
 * @param how how the units were found (or why there are none)
 * @param units the units, in the order written; empty for archive and unmatched lines
 * @param fromKinhGui whether the line is a Kính gửi line (what "Như trên" stands for)
 */
public record ResolvedLine(String label, Resolution how, List<UnitCode> units, boolean fromKinhGui) {

	public ResolvedLine {
		units = List.copyOf(units);
	}

	/** Whether the line names recipients the clerk need not look at twice. */
	public boolean settled() {
		return this.how != Resolution.UNMATCHED && this.how != Resolution.PARTIAL;
	}

	/** How a line was resolved. */
	public enum Resolution {

		/** "Lưu: VT, VP(2)": the issuer's file copies, not a recipient. */
		ARCHIVE,
		/** "Như trên": the Kính gửi lines. */
		AS_ABOVE,
		/** The clerk's earlier choice for the same wording, by the same issuer. */
		REMEMBERED,
		/** A group an admin defined ("Trưởng các ban ngành, đoàn thể xã"). */
		GROUP,
		/** Units of the directory, by name, short name, abbreviation or alias. */
		DIRECTORY,
		/** Some of the units written on the line were found, not all. */
		PARTIAL,
		/** Nothing found: the clerk picks a unit or marks the line external. */
		UNMATCHED

	}

}
