package vn.vanthu.drafting;

import java.time.Instant;

/**
 * A document being drafted.
 *
 * @param id the draft id
 * @param subject the trích yếu, NFC
 * @param kind the type abbreviation, e.g. {@code TB}, {@code KH}, {@code QĐ}
 * @param issuerUnit the code of the unit that will issue it
 * @param drafter the login of the chuyên viên who drafts it
 * @param drafterUnit the drafter's unit when the draft was created, or {@code null}
 * @param status where it stands
 * @param createdAt when it was created
 */
public record Draft(DraftId id, String subject, String kind, String issuerUnit, String drafter, String drafterUnit,
		DraftStatus status, Instant createdAt) {

}
