package vn.vanthu.approval;

import java.time.LocalDate;

/**
 * A written authorisation to sign (giấy ủy quyền, or a decision naming an acting head).
 *
 * @param id its id
 * @param from who authorises (the head of the unit)
 * @param to who may sign
 * @param unit the unit signed for
 * @param kind {@link Capacity#TUQ} or {@link Capacity#Q}
 * @param scope what it covers, as written
 * @param validFrom first day
 * @param validTo last day
 * @param documentRef the written authorisation ("05/GUQ-UBND")
 */
public record Delegation(long id, String from, String to, String unit, Capacity kind, String scope, LocalDate validFrom,
		LocalDate validTo, String documentRef) {

	public boolean isValidOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && !day.isAfter(this.validTo);
	}

}
