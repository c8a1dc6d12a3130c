package vn.vanthu.approval;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.drafting.DraftSubmittedForApproval;
import vn.vanthu.ingest.Ingestion;

/**
 * Connects drafting to approval: a draft submitted after its rounds starts its approval
 * chain. Runs in the drafter's transaction, so a missing chain refuses the submission
 * with the reason instead of leaving a draft marked submitted that nobody will ever see.
 */
@Component
class DraftSubmissions {

	private final Approvals approvals;

	private final Ingestion ingestion;

	private final Revisions revisions;

	DraftSubmissions(Approvals approvals, Ingestion ingestion, Revisions revisions) {
		this.approvals = approvals;
		this.ingestion = ingestion;
		this.revisions = revisions;
	}

	@EventListener
	void onSubmitted(DraftSubmittedForApproval submitted) {
		ApprovalCase started = this.approvals.start(new StartApproval(UnitCode.of(submitted.issuerUnit()),
				submitted.kind(), submitted.subject(), submitted.drafter(), null, submitted.fileSha256(),
				"du-thao-lan-" + submitted.versionNo(), null, "draft:" + submitted.draftId()));
		// The draft's text (for Nơi nhận and metadata) comes from the same isolated
		// extraction as any upload.
		if (submitted.fileSha256() != null) {
			this.ingestion.retry(started.documentId());
			this.revisions.textExtracted(started.id(), started.documentId());
		}
	}

}
