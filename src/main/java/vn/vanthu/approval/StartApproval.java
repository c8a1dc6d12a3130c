package vn.vanthu.approval;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.text.Urgency;

/**
 * "Start approval of document X drafted by Y": what the drafting module (or a drafter
 * uploading a finished draft) gives.
 *
 * @param issuerUnit the unit that will issue the document
 * @param kind the kind's label or abbreviation ("Quyết định", "QĐ")
 * @param subject the trích yếu
 * @param drafter the drafter's login
 * @param urgency the urgency, or {@code null} for normal
 * @param fileSha256 the stored file of the submitted version, or {@code null}
 * @param fileName its name
 * @param text its text (for recipients and metadata), or {@code null}
 * @param draftRef the drafting module's draft id, or {@code null}
 */
public record StartApproval(UnitCode issuerUnit, String kind, String subject, String drafter, Urgency urgency,
		String fileSha256, String fileName, String text, String draftRef) {

}
