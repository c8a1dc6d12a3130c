package vn.vanthu.drafting;

/**
 * Published when a drafter submits a draft for approval after its rounds: the hook the
 * approval module listens to. Until it exists, the draft just shows "Đã trình duyệt".
 *
 * @param draftId the draft
 * @param subject its subject
 * @param kind its type abbreviation
 * @param issuerUnit the issuing unit's code
 * @param drafter the drafter's login
 * @param versionNo the version submitted
 * @param fileSha256 the stored file of that version
 */
public record DraftSubmittedForApproval(long draftId, String subject, String kind, String issuerUnit, String drafter,
		int versionNo, String fileSha256) {

}
