package vn.vanthu.approval.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.vanthu.approval.ApprovalCase;
import vn.vanthu.approval.ApprovalId;
import vn.vanthu.approval.ApprovalVersion;
import vn.vanthu.approval.Approvals;
import vn.vanthu.approval.Decision;
import vn.vanthu.approval.IssueRequest;
import vn.vanthu.approval.OutgoingEntry;
import vn.vanthu.approval.Outcome;
import vn.vanthu.approval.Revisions;
import vn.vanthu.approval.StartApproval;
import vn.vanthu.approval.TextChanges;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.DocumentAccess;
import vn.vanthu.document.Documents;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.Urgency;

/**
 * The approval API: submit, decide a step, resubmit after a return, issue. Only the
 * holder of the open task may act (403 otherwise); a case is visible to those who may
 * read its document (404 otherwise).
 */
@RestController
@RequestMapping("/api/approvals")
class ApprovalApi {

	private final Approvals approvals;

	private final Documents documents;

	private final DocumentAccess access;

	private final Revisions revisions;

	ApprovalApi(Approvals approvals, Documents documents, DocumentAccess access, Revisions revisions) {
		this.approvals = approvals;
		this.revisions = revisions;
		this.documents = documents;
		this.access = access;
	}

	record Submit(String issuerUnit, String kind, String subject, String urgency, String text, String draftRef) {
	}

	record DecisionInput(String outcome, String reason, String capacity) {
	}

	record Resubmit(String note) {
	}

	record IssueInput(String series, Integer manualNumber, boolean normative, LocalDate issuedOn, String recipients) {
	}

	record View(ApprovalCase approval, List<Decision> decisions, List<Outcome> allowedOutcomes,
			List<ApprovalVersion> versions) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	View submit(@RequestBody Submit in, Principal user) {
		if (in.issuerUnit() == null || in.subject() == null || in.subject().isBlank()) {
			throw Problem.badRequest("approval-input", "Cần đơn vị ban hành và trích yếu.");
		}
		Urgency urgency = in.urgency() == null || in.urgency().isBlank() ? null : Urgency.valueOf(in.urgency());
		ApprovalCase c = this.approvals.start(new StartApproval(UnitCode.of(in.issuerUnit()), in.kind(), in.subject(),
				user.getName(), urgency, null, null, in.text(), in.draftRef()));
		return view(c.id(), user);
	}

	@GetMapping("/{id}")
	View get(@PathVariable long id, Principal user) {
		return view(visible(id, user.getName()).id(), user);
	}

	@PostMapping("/{id}/decisions")
	View decide(@PathVariable long id, @RequestBody DecisionInput in, Principal user) {
		// no visibility check first: someone outside the chain is told 403, as the rule
		// says
		Outcome outcome;
		try {
			outcome = Outcome.valueOf(in.outcome());
		}
		catch (RuntimeException ex) {
			throw Problem.badRequest("outcome-invalid", "Quyết định phải là APPROVE, RETURN hoặc REJECT.");
		}
		this.approvals.decide(new ApprovalId(id), user.getName(), outcome, in.reason(), in.capacity());
		return view(new ApprovalId(id), user);
	}

	/** Resubmission with a note alone (JSON, or no body). */
	@PostMapping("/{id}/resubmit")
	View resubmit(@PathVariable long id, @RequestBody(required = false) Resubmit in, Principal user) {
		visible(id, user.getName());
		this.revisions.resubmit(new ApprovalId(id), user.getName(), null, in == null ? null : in.note());
		return view(new ApprovalId(id), user);
	}

	/**
	 * Resubmission with a new version: {@code file} and {@code note} as
	 * multipart/form-data.
	 */
	@PostMapping(path = "/{id}/resubmit", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	View resubmitVersion(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String note, Principal user) {
		visible(id, user.getName());
		this.revisions.resubmit(new ApprovalId(id), user.getName(), revised(file), note);
		return view(new ApprovalId(id), user);
	}

	/**
	 * What changed between the version last returned and the latest one (404 when never
	 * returned).
	 */
	@GetMapping("/{id}/changes")
	TextChanges changes(@PathVariable long id, Principal user) {
		visible(id, user.getName());
		return this.revisions.sinceReturn(new ApprovalId(id))
			.orElseThrow(() -> Problem.notFound("approval-never-returned",
					"Hồ sơ trình duyệt " + id + " chưa bị trả lại: chưa có thay đổi để so sánh."));
	}

	static Revisions.RevisedFile revised(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new Revisions.RevisedFile(file.getInputStream(), file.getOriginalFilename());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping("/{id}/issue")
	OutgoingEntry issue(@PathVariable long id, @RequestBody IssueInput in, Principal user) {
		visible(id, user.getName());
		return this.approvals.issue(new ApprovalId(id), user.getName(),
				new IssueRequest(in.series(), in.manualNumber(), in.normative(), in.issuedOn(), in.recipients()));
	}

	private ApprovalCase visible(long id, String username) {
		ApprovalCase c = this.approvals.get(new ApprovalId(id));
		if (!this.access.canRead(this.documents.get(c.documentId()), this.access.readerOf(username))) {
			throw Problem.notFound("approval-not-found", "Không tìm thấy hồ sơ trình duyệt " + id + ".");
		}
		return c;
	}

	private View view(ApprovalId id, Principal user) {
		return new View(this.approvals.get(id), this.approvals.decisions(id),
				this.approvals.allowedOutcomes(id, user.getName()), this.revisions.versions(id));
	}

}
