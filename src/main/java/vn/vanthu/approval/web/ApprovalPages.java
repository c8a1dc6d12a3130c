package vn.vanthu.approval.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.approval.ApprovalCase;
import vn.vanthu.approval.ApprovalId;
import vn.vanthu.approval.Approvals;
import vn.vanthu.approval.IssueRequest;
import vn.vanthu.approval.OutgoingRegister;
import vn.vanthu.approval.Outcome;
import vn.vanthu.approval.Revisions;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;
import vn.vanthu.document.DocumentAccess;
import vn.vanthu.document.Documents;
import vn.vanthu.platform.Problem;
import vn.vanthu.platform.Spreadsheets;

/**
 * Pages: the approval task page (document, earlier decisions, only the allowed buttons)
 * and the sổ văn bản đi (filterable, printable, XLSX).
 */
@Controller
class ApprovalPages {

	private final Approvals approvals;

	private final Documents documents;

	private final DocumentAccess access;

	private final OutgoingRegister register;

	private final Directory directory;

	private final MessageSource messages;

	private final Revisions revisions;

	ApprovalPages(Approvals approvals, Documents documents, DocumentAccess access, OutgoingRegister register,
			Directory directory, MessageSource messages, Revisions revisions) {
		this.approvals = approvals;
		this.revisions = revisions;
		this.documents = documents;
		this.access = access;
		this.register = register;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/approvals/{id}")
	String page(@PathVariable long id, Principal user, Model model) {
		ApprovalCase c = this.approvals.get(new ApprovalId(id));
		var document = this.documents.get(c.documentId());
		this.access.check(document, this.access.readerOf(user.getName()));
		model.addAttribute("approval", c);
		model.addAttribute("document", document);
		model.addAttribute("text", this.documents.text(c.documentId()).orElse(""));
		model.addAttribute("chain", this.approvals.chainOf(c));
		model.addAttribute("decisions", this.approvals.decisions(c.id()));
		model.addAttribute("allowed", this.approvals.allowedOutcomes(c.id(), user.getName()));
		model.addAttribute("versions", this.revisions.versions(c.id()));
		model.addAttribute("changes", this.revisions.sinceReturn(c.id()).orElse(null));
		return "approval/approval";
	}

	@PostMapping("/approvals/{id}/decide")
	String decide(@PathVariable long id, @RequestParam Outcome outcome, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String capacity, Principal user, RedirectAttributes flash) {
		return act(id, flash, () -> {
			switch (outcome) {
				case RESUBMIT -> this.revisions.resubmit(new ApprovalId(id), user.getName(), null, reason);
				case ISSUE -> this.approvals.issue(new ApprovalId(id), user.getName(),
						new IssueRequest(null, null, false, null, null));
				default -> this.approvals.decide(new ApprovalId(id), user.getName(), outcome, reason, capacity);
			}
		});
	}

	/** The drafter's new version after a return: a file (optional) and a note. */
	@PostMapping("/approvals/{id}/resubmit")
	String resubmit(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String note, Principal user, RedirectAttributes flash) {
		return act(id, flash,
				() -> this.revisions.resubmit(new ApprovalId(id), user.getName(), ApprovalApi.revised(file), note));
	}

	private String act(long id, RedirectAttributes flash, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("info", message("approval.recorded"));
		}
		catch (Problem ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/approvals/" + id;
	}

	@GetMapping("/registers/outgoing")
	String outgoing(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String q, Principal user, Model model) {
		UnitCode u = unitOf(unit, user);
		int y = year == null ? LocalDate.now().getYear() : year;
		model.addAttribute("unit", this.directory.unit(u));
		model.addAttribute("registerUnits",
				this.directory.registerUnits(new Username(user.getName())).stream().map(this.directory::unit).toList());
		model.addAttribute("year", y);
		model.addAttribute("q", q);
		model.addAttribute("entries", this.register.entries(u, y, q));
		return "approval/outgoing";
	}

	@GetMapping("/registers/outgoing.xlsx")
	ResponseEntity<byte[]> outgoingXlsx(@RequestParam(required = false) String unit,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q, Principal user) {
		UnitCode u = unitOf(unit, user);
		int y = year == null ? LocalDate.now().getYear() : year;
		List<List<Object>> rows = this.register.entries(u, y, q)
			.stream()
			.map((e) -> Arrays.<Object>asList(e.number(), e.issuedOn().toString(),
					(e.kind() == null ? "" : e.kind() + " ") + nz(e.subject()),
					(nz(e.capacity()) + " " + nz(e.signer())).strip(), nz(e.recipients()), e.series(), e.issuedBy()))
			.toList();
		return Spreadsheets.download("so-van-ban-di-" + u + "-" + y + ".xlsx", "So van ban di " + y,
				List.of("Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu", "Người ký", "Nơi nhận", "Sổ", "Văn thư"),
				rows);
	}

	/**
	 * The unit asked for, when the user belongs to it (or is admin); else the first unit
	 * whose register they keep (a clerk of the Văn phòng keeps the commune's).
	 */
	private UnitCode unitOf(String unit, Principal user) {
		var person = this.directory.person(new Username(user.getName()));
		if (unit == null || unit.isBlank()) {
			return this.directory.registerUnits(person.username()).stream().findFirst().orElseThrow();
		}
		UnitCode u = UnitCode.of(unit);
		boolean member = person.units()
			.stream()
			.anyMatch((m) -> m.equals(u) || (u.equals(this.directory.unit(m).parent())
					&& this.directory.unit(m).kind() == vn.vanthu.directory.UnitKind.DEPARTMENT));
		if (!member && !person.admin()) {
			throw Problem.notFound("register-not-found", message("approval.registerNotFound", u));
		}
		return u;
	}

	/** A message of these pages in the language of the request. */
	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
