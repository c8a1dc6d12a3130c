package vn.vanthu.approval;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.approval.process.ApprovalEngine;
import vn.vanthu.approval.process.ApprovalProcess;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.Documents;
import vn.vanthu.document.Extraction;
import vn.vanthu.document.StoredFile;
import vn.vanthu.document.StoredFiles;
import vn.vanthu.ingest.Ingestion;
import vn.vanthu.platform.Problem;

/**
 * The revision loop of a draft under approval (ADR 0016): a returned draft reopens for
 * its drafter, who resubmits with a new version (a file) or a note alone; each version
 * keeps its text, so that reviewers read what changed since the version they returned.
 * The library document's current version is always the latest one: that is what is
 * signed, numbered, issued and sent.
 */
@Service
public class Revisions {

	private final Approvals approvals;

	private final ApprovalRepository repository;

	private final ApprovalVersions versions;

	private final ApprovalEngine engine;

	private final Documents documents;

	private final StoredFiles files;

	private final Ingestion ingestion;

	Revisions(Approvals approvals, ApprovalRepository repository, ApprovalVersions versions, ApprovalEngine engine,
			Documents documents, StoredFiles files, Ingestion ingestion) {
		this.approvals = approvals;
		this.repository = repository;
		this.versions = versions;
		this.engine = engine;
		this.documents = documents;
		this.files = files;
		this.ingestion = ingestion;
	}

	/**
	 * A revised file: its content (read once) and the name it was uploaded under.
	 *
	 * @param content the bytes
	 * @param fileName the file name
	 */
	public record RevisedFile(InputStream content, String fileName) {

	}

	/**
	 * The drafter resubmits after a return, with a new version when {@code file} is given
	 * (its text extracted at once, in the isolated extractor); the chain restarts at its
	 * first step or at the step that returned it, as configured.
	 * @throws Problem 409 when the case is not returned, 403 when the user is not its
	 * drafter, 400 when the file is empty
	 */
	@Transactional
	public ApprovalCase resubmit(ApprovalId id, String username, RevisedFile file, String note) {
		ApprovalCase c = this.approvals.get(id);
		if (c.status() != ApprovalStatus.RETURNED) {
			throw Problem.conflict("approval-not-returned", "Hồ sơ không ở trạng thái trả lại chỉnh sửa.");
		}
		String task = this.engine.openTask(id, ApprovalProcess.TASK_REVISE)
			.filter((t) -> this.engine.mayWork(t, username))
			.orElseThrow(
					() -> Problem.forbidden("approval-not-drafter", "Chỉ người soạn thảo được trình lại dự thảo."));
		String why = Approvals.clean(note);
		if (file != null) {
			StoredFile stored = this.files.store(file.content());
			if (stored.size() == 0) {
				throw Problem.badRequest("revision-empty", "Tệp dự thảo chỉnh sửa trống.");
			}
			String name = Approvals.clean(file.fileName());
			this.documents.addVersion(c.documentId(), stored, name, null, Extraction.pending(), username);
			this.ingestion.retry(c.documentId());
			this.versions.add(id.value(), this.documents.get(c.documentId()).currentVersion(), name,
					this.documents.text(c.documentId()).orElse(null), why, username);
		}
		int restartAfter = this.approvals.chainOf(c).restartFromFirst() ? 0 : c.currentStep() - 1;
		this.repository.setStatus(id.value(), ApprovalStatus.IN_REVIEW);
		this.repository.addDecision(id.value(), 0, "Chỉnh sửa dự thảo", username, Outcome.RESUBMIT, why, null);
		this.engine.complete(task, null, Map.of(ApprovalProcess.STEP_NO, restartAfter));
		return this.approvals.get(id);
	}

	/** The case's versions, first to latest. */
	public List<ApprovalVersion> versions(ApprovalId id) {
		return this.versions.list(id.value());
	}

	/**
	 * What changed between the version last returned and the latest one; empty when the
	 * case was never returned. Unchanged when the drafter resubmitted a note alone.
	 */
	public Optional<TextChanges> sinceReturn(ApprovalId id) {
		List<Decision> decisions = this.approvals.decisions(id);
		Optional<Decision> returned = decisions.stream()
			.filter((d) -> d.outcome() == Outcome.RETURN && d.version() != null)
			.reduce((a, b) -> b);
		return returned.map((r) -> {
			int latest = this.versions.latest(id.value());
			return TextChanges.between(r.version(), this.versions.text(id.value(), r.version()).orElse(null), latest,
					this.versions.text(id.value(), latest).orElse(null));
		});
	}

	/** Called once the submitted file's text is extracted: version 1 keeps it. */
	void textExtracted(ApprovalId id, DocumentId document) {
		this.versions.setLatestText(id.value(), this.documents.text(document).orElse(null));
	}

}
