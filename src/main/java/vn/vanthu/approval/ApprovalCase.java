package vn.vanthu.approval;

import java.time.Instant;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.DocumentId;

/**
 * One document going through its approval chain.
 *
 * @param id the approval id
 * @param documentId the draft document in the library
 * @param chainId the chain it follows
 * @param issuerUnit the unit that will issue it
 * @param kind the document kind's label
 * @param subject the trích yếu
 * @param drafter who drafted it (gets "Chỉnh sửa dự thảo" on return)
 * @param urgency the urgency (độ khẩn) or {@code null} for normal
 * @param draftRef the drafting module's draft id, or {@code null}
 * @param status where it stands
 * @param currentStep the step now deciding (0 before the first)
 * @param signer who signed, once signed
 * @param capacity the capacity signed in, once signed
 * @param createdAt when it was submitted
 */
public record ApprovalCase(ApprovalId id, DocumentId documentId, long chainId, UnitCode issuerUnit, String kind,
		String subject, String drafter, vn.vanthu.text.Urgency urgency, String draftRef, ApprovalStatus status,
		int currentStep, String signer, Capacity capacity, Instant createdAt) {

}
