package vn.vanthu.followup.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.DocumentAccess;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.Documents;
import vn.vanthu.document.FileDownloads;
import vn.vanthu.document.StoredFile;
import vn.vanthu.document.StoredFiles;
import vn.vanthu.followup.Category;
import vn.vanthu.followup.Evidence;
import vn.vanthu.followup.Followup;
import vn.vanthu.followup.FollowupClock;
import vn.vanthu.followup.FollowupNotifications;
import vn.vanthu.followup.FollowupProposals;
import vn.vanthu.followup.FollowupReport;
import vn.vanthu.followup.FollowupReports;
import vn.vanthu.followup.FollowupTask;
import vn.vanthu.followup.FollowupTaskId;
import vn.vanthu.followup.ProposedAssignment;
import vn.vanthu.followup.ReportFilter;
import vn.vanthu.followup.TaskRequest;
import vn.vanthu.followup.Viewer;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.Recurrence;

/**
 * The follow-up pages: "Theo dõi nhiệm vụ" dashboard ({@code /followup}), drill-down,
 * printable page and XLSX export, the clerk's confirmation of a directive's tasks, and a
 * task's page where the lead unit reports and the assigner accepts, returns or extends.
 * The pages' own texts (flash messages, errors, the chart's name, the export's headings)
 * are in the request's language; the services' problem details stay in Vietnamese.
 */
@Controller
class FollowupPagesController {

	private final Followup followup;

	private final FollowupProposals proposals;

	private final FollowupReports reports;

	private final FollowupClock clock;

	private final Directory directory;

	private final Documents documents;

	private final StoredFiles files;

	private final FollowupNotifications notifications;

	private final DocumentAccess access;

	private final MessageSource messages;

	FollowupPagesController(Followup followup, FollowupProposals proposals, FollowupReports reports,
			FollowupClock clock, Directory directory, Documents documents, StoredFiles files,
			FollowupNotifications notifications, DocumentAccess access, MessageSource messages) {
		this.messages = messages;
		this.notifications = notifications;
		this.access = access;
		this.followup = followup;
		this.proposals = proposals;
		this.reports = reports;
		this.clock = clock;
		this.directory = directory;
		this.documents = documents;
		this.files = files;
	}

	@GetMapping("/followup")
	String dashboard(@ModelAttribute Filter filter, Principal principal, Model model) {
		FollowupReport report = report(filter, principal);
		model.addAttribute("report", report);
		model.addAttribute("filter", filter);
		model.addAttribute("units", sortedUnits());
		model.addAttribute("chart", TrendChart.svg(report.byMonth(), message("followup.chart.label")));
		model.addAttribute("colours", TrendChart.COLOURS);
		model.addAttribute("categories", Category.values());
		model.addAttribute("notifications", this.notifications.of(principal.getName(), 10));
		return "followup/dashboard";
	}

	@GetMapping("/followup/print")
	String print(@ModelAttribute Filter filter, Principal principal, Model model) {
		dashboard(filter, principal, model);
		return "followup/print";
	}

	@GetMapping("/followup/report.xlsx")
	ResponseEntity<byte[]> xlsx(@ModelAttribute Filter filter, Principal principal) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(message("followup.xlsx.fileName"), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(ReportXlsx.write(report(filter, principal), this.messages, LocaleContextHolder.getLocale()));
	}

	@GetMapping("/followup/tasks")
	String tasks(@ModelAttribute Filter filter, @RequestParam(required = false) Category category, Principal principal,
			Model model) {
		FollowupReport report = report(filter, principal);
		model.addAttribute("report", report);
		model.addAttribute("category", category);
		model.addAttribute("lines",
				report.tasks().stream().filter((l) -> category == null || l.category() == category).toList());
		return "followup/tasks";
	}

	@GetMapping("/followup/tasks/{id}")
	String task(@PathVariable long id, Principal principal, Model model) {
		FollowupTaskId taskId = new FollowupTaskId(id);
		FollowupTask task = this.followup.get(taskId, principal.getName());
		Viewer viewer = this.followup.viewer(principal.getName());
		model.addAttribute("task", task);
		model.addAttribute("history", this.followup.history(taskId, principal.getName()));
		model.addAttribute("directive", this.documents.find(new DocumentId(task.documentId())).orElse(null));
		model.addAttribute("leadName", unitName(task.leadUnit()));
		model.addAttribute("assignerName", unitName(task.assignerUnit()));
		model.addAttribute("coNames", task.coUnits().stream().map(this::unitName).sorted().toList());
		model.addAttribute("category", Category.of(task, this.clock.today()));
		model.addAttribute("canReport", viewer.isLead(task));
		model.addAttribute("canReview", viewer.isAssigner(task) || viewer.admin());
		return "followup/task";
	}

	@PostMapping("/followup/tasks/{id}/report")
	String report(@PathVariable long id, @RequestParam String kind, @RequestParam(required = false) String text,
			@RequestParam(required = false) String documentIds,
			@RequestParam(name = "files", required = false) List<MultipartFile> uploads, Principal principal,
			RedirectAttributes flash) {
		return act(id, flash, () -> {
			List<Evidence> evidence = evidence(documentIds, uploads);
			if ("completion".equals(kind)) {
				this.followup.reportCompletion(new FollowupTaskId(id), text, evidence, principal.getName());
				return message("followup.flash.completionReported");
			}
			this.followup.reportProgress(new FollowupTaskId(id), text, evidence, principal.getName());
			return message("followup.flash.progressReported");
		});
	}

	@PostMapping("/followup/tasks/{id}/review")
	String review(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			Principal principal, RedirectAttributes flash) {
		FollowupTaskId taskId = new FollowupTaskId(id);
		String user = principal.getName();
		return act(id, flash, () -> switch (decision) {
			case "accept" -> {
				this.followup.accept(taskId, user);
				yield message("followup.flash.accepted");
			}
			case "return" -> {
				this.followup.returnCompletion(taskId, reason, user);
				yield message("followup.flash.returned");
			}
			case "extend" -> {
				this.followup.extend(taskId, dueOn, reason, user);
				yield message("followup.flash.extended");
			}
			case "cancel" -> {
				this.followup.cancel(taskId, reason, user);
				yield message("followup.flash.cancelled");
			}
			default -> throw Problem.badRequest("followup-unknown-decision", message("followup.error.unknownDecision"));
		});
	}

	@GetMapping("/followup/tasks/{id}/evidence/{sha256}")
	ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable String sha256, Principal principal) {
		FollowupTaskId taskId = new FollowupTaskId(id);
		Evidence evidence = this.followup.history(taskId, principal.getName())
			.stream()
			.flatMap((e) -> e.evidence().stream())
			.filter((e) -> sha256.equals(e.sha256()))
			.findFirst()
			.orElseThrow(
					() -> Problem.notFound("followup-evidence-not-found", message("followup.error.evidenceNotFound")));
		return FileDownloads.of(this.files.read(sha256), (evidence.fileName() == null) ? sha256 : evidence.fileName(),
				false);
	}

	/**
	 * Finds a directive by its number in any spelling ("12/CT-UBND", "Số: 12/CT - UBND")
	 * among the documents the user may read, and opens its confirmation page.
	 */
	@GetMapping("/followup/confirm")
	String findDirective(@RequestParam String number, Principal principal, RedirectAttributes flash) {
		var reader = this.access.readerOf(principal.getName());
		return this.documents.findByNumber(number)
			.stream()
			.filter((d) -> this.access.canRead(d, reader))
			.findFirst()
			.map((d) -> "redirect:/followup/documents/" + d.id() + "/confirm")
			.orElseGet(() -> {
				flash.addFlashAttribute("error", message("followup.error.documentNotFound", number));
				return "redirect:/followup";
			});
	}

	@GetMapping("/followup/documents/{id}/confirm")
	String confirmPage(@PathVariable long id, Principal principal, Model model) {
		List<ProposedAssignment> found = this.proposals.propose(new DocumentId(id), principal.getName());
		ConfirmForm form = new ConfirmForm();
		for (ProposedAssignment p : found) {
			ConfirmForm.Row row = new ConfirmForm.Row();
			row.setInclude(true);
			row.setLead(p.unit() == null ? null : p.unit().value());
			row.setDescription(p.task());
			row.setDue(p.dueOn());
			row.setDeadline(p.deadline());
			row.setRecurrence(p.recurrence() == null ? null : p.recurrence().name());
			row.setAssignee(p.assigneeAsWritten());
			row.setPassage(p.passage());
			form.getRows().add(row);
		}
		for (int i = 0; i < 2; i++) {
			form.getRows().add(new ConfirmForm.Row()); // rows to add or split a task
		}
		model.addAttribute("document", this.documents.get(new DocumentId(id)));
		model.addAttribute("proposals", found);
		model.addAttribute("form", form);
		model.addAttribute("units", sortedUnits().stream().filter((u) -> u.isValidOn(this.clock.today())).toList());
		model.addAttribute("recurrences", Recurrence.values());
		return "followup/confirm";
	}

	@PostMapping("/followup/documents/{id}/confirm")
	String confirm(@PathVariable long id, @ModelAttribute("form") ConfirmForm form, Principal principal,
			RedirectAttributes flash) {
		List<TaskRequest> requests = new ArrayList<>();
		for (ConfirmForm.Row row : form.getRows()) {
			if (!row.isInclude()) {
				continue;
			}
			Set<UnitCode> co = row.getCo() == null ? Set.of()
					: row.getCo().stream().filter((c) -> !c.isBlank()).map(UnitCode::of).collect(Collectors.toSet());
			requests.add(new TaskRequest(code(row.getLead()), co, row.getDescription(), row.getDue(), row.getDeadline(),
					row.getRecurrence() == null || row.getRecurrence().isBlank() ? null
							: Recurrence.valueOf(row.getRecurrence()),
					row.getAssignee(), row.getPassage()));
		}
		try {
			List<FollowupTask> created = this.followup.confirm(new DocumentId(id), code(form.getAssignerUnit()),
					requests, principal.getName());
			flash.addFlashAttribute("info", message("followup.flash.assigned", created.size()));
			return "redirect:/followup?document=" + id;
		}
		catch (Problem ex) {
			flash.addFlashAttribute("error", ex.getMessage());
			return "redirect:/followup/documents/" + id + "/confirm";
		}
	}

	private String act(long id, RedirectAttributes flash, java.util.function.Supplier<String> action) {
		try {
			flash.addFlashAttribute("info", action.get());
		}
		catch (Problem ex) {
			if (ex.getStatusCode().value() == 404) {
				throw ex;
			}
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/followup/tasks/" + id;
	}

	private List<Evidence> evidence(String documentIds, List<MultipartFile> uploads) {
		List<Evidence> out = new ArrayList<>();
		if (documentIds != null && !documentIds.isBlank()) {
			for (String part : documentIds.split("[,;\\s]+")) {
				try {
					out.add(Evidence.document(Long.parseLong(part.strip())));
				}
				catch (NumberFormatException ex) {
					throw Problem.badRequest("followup-evidence-id", message("followup.error.evidenceId", part));
				}
			}
		}
		for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
			if (upload.isEmpty()) {
				continue;
			}
			try {
				StoredFile stored = this.files.store(upload.getInputStream());
				out.add(Evidence.file(stored.sha256(), upload.getOriginalFilename()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return out;
	}

	private FollowupReport report(Filter filter, Principal principal) {
		return this.reports.report(new ReportFilter(filter.getFrom(), filter.getTo(), code(filter.getUnit()),
				filter.getDocument(), code(filter.getIssuer())), this.clock.now(), principal.getName());
	}

	private List<Unit> sortedUnits() {
		return this.directory.units().stream().sorted(Comparator.comparing(Unit::name)).toList();
	}

	private String unitName(UnitCode code) {
		return this.directory.findUnit(code).map(Unit::name).orElse(code.value());
	}

	private UnitCode code(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UnitCode.of(value);
		}
		catch (IllegalArgumentException ex) {
			throw Problem.badRequest("followup-unknown-unit", message("followup.error.unitCode", value));
		}
	}

	/** A message of these pages in the language of the request. */
	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	static List<String> split(String s) {
		return s == null ? List.of()
				: Arrays.stream(s.split(",")).map(String::strip).filter((x) -> !x.isEmpty()).toList();
	}

	/** The report filters of the pages. */
	public static class Filter {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate from;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate to;

		private String unit;

		private Long document;

		private String issuer;

		public LocalDate getFrom() {
			return this.from;
		}

		public void setFrom(LocalDate from) {
			this.from = from;
		}

		public LocalDate getTo() {
			return this.to;
		}

		public void setTo(LocalDate to) {
			this.to = to;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public Long getDocument() {
			return this.document;
		}

		public void setDocument(Long document) {
			this.document = document;
		}

		public String getIssuer() {
			return this.issuer;
		}

		public void setIssuer(String issuer) {
			this.issuer = issuer;
		}

		/** The filter as a query string, for drill-down, print and export links. */
		public String query() {
			StringBuilder q = new StringBuilder();
			append(q, "from", this.from == null ? null : this.from.toString());
			append(q, "to", this.to == null ? null : this.to.toString());
			append(q, "unit", this.unit);
			append(q, "document", this.document == null ? null : this.document.toString());
			append(q, "issuer", this.issuer);
			return q.toString();
		}

		private static void append(StringBuilder q, String name, String value) {
			if (value != null && !value.isBlank()) {
				q.append(q.isEmpty() ? "" : "&")
					.append(name)
					.append('=')
					.append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		}

	}

}
