package vn.vanthu.directory;

import java.time.LocalDate;

/**
 * An organisational unit. Units have validity dates because the 2025 reform ended the
 * district level: a district unit is valid only until 30/6/2025 but stays in the
 * directory for its documents.
 *
 * @param code the unit code
 * @param name the full Vietnamese name, e.g. "Văn phòng - Thống kê xã Ba Tiêu"
 * @param shortName the abbreviation used in document symbols, e.g. "UBND", "VP", "HU"
 * (may be null)
 * @param parent the parent unit code, or {@code null} for a top unit
 * @param kind the kind of unit
 * @param validFrom first valid day, or {@code null} for always
 * @param validTo last valid day, or {@code null} for still valid
 * @param email the unit's mailbox, or {@code null}
 */
public record Unit(UnitCode code, String name, String shortName, UnitCode parent, UnitKind kind, LocalDate validFrom,
		LocalDate validTo, String email) {

	/** Whether the unit exists on the given day. */
	public boolean isValidOn(LocalDate day) {
		return (this.validFrom == null || !day.isBefore(this.validFrom))
				&& (this.validTo == null || !day.isAfter(this.validTo));
	}

}
