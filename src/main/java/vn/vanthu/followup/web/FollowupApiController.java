package vn.vanthu.followup.web;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.DocumentId;
import vn.vanthu.followup.Evidence;
import vn.vanthu.followup.Followup;
import vn.vanthu.followup.FollowupClock;
import vn.vanthu.followup.FollowupProposals;
import vn.vanthu.followup.FollowupReport;
import vn.vanthu.followup.FollowupReports;
import vn.vanthu.followup.FollowupTask;
import vn.vanthu.followup.FollowupTaskId;
import vn.vanthu.followup.ProposedAssignment;
import vn.vanthu.followup.ReportFilter;
import vn.vanthu.followup.TaskEvent;
import vn.vanthu.followup.TaskRequest;
import vn.vanthu.text.Recurrence;

/**
 * The follow-up API ({@code /api/followup}): proposals and confirmation of a directive's
 * tasks, reports on a task, and the report's figures. Business errors are RFC 9457
 * problem details; a task the caller may not see is a 404.
 */
@RestController
@RequestMapping("/api/followup")
class FollowupApiController {

	private final Followup followup;

	private final FollowupProposals proposals;

	private final FollowupReports reports;

	private final FollowupClock clock;

	FollowupApiController(Followup followup, FollowupProposals proposals, FollowupReports reports,
			FollowupClock clock) {
		this.followup = followup;
		this.proposals = proposals;
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping("/documents/{id}/proposals")
	List<ProposedAssignment> proposals(@PathVariable long id, Principal principal) {
		return this.proposals.propose(new DocumentId(id), principal.getName());
	}

	@PostMapping("/documents/{id}/tasks")
	@ResponseStatus(HttpStatus.CREATED)
	List<FollowupTask> confirm(@PathVariable long id, @RequestBody ConfirmBody body, Principal principal) {
		List<TaskRequest> requests = body.tasks() == null ? List.of() : body.tasks()
			.stream()
			.map((t) -> new TaskRequest(unit(t.leadUnit()),
					t.coUnits() == null ? Set.of()
							: t.coUnits().stream().map(UnitCode::of).collect(java.util.stream.Collectors.toSet()),
					t.description(), t.dueOn(), t.deadline(), t.recurrence(), t.assigneeAsWritten(), t.sourcePassage()))
			.toList();
		return this.followup.confirm(new DocumentId(id), unit(body.assignerUnit()), requests, principal.getName());
	}

	@GetMapping("/tasks/{id}")
	TaskView task(@PathVariable long id, Principal principal) {
		FollowupTaskId taskId = new FollowupTaskId(id);
		return new TaskView(this.followup.get(taskId, principal.getName()),
				this.followup.history(taskId, principal.getName()));
	}

	@PostMapping("/tasks/{id}/progress")
	void progress(@PathVariable long id, @RequestBody ReportBody body, Principal principal) {
		this.followup.reportProgress(new FollowupTaskId(id), body.text(), evidence(body), principal.getName());
	}

	@PostMapping("/tasks/{id}/completion")
	void completion(@PathVariable long id, @RequestBody ReportBody body, Principal principal) {
		this.followup.reportCompletion(new FollowupTaskId(id), body.text(), evidence(body), principal.getName());
	}

	@PostMapping("/tasks/{id}/accept")
	void accept(@PathVariable long id, Principal principal) {
		this.followup.accept(new FollowupTaskId(id), principal.getName());
	}

	@PostMapping("/tasks/{id}/return")
	void returnCompletion(@PathVariable long id, @RequestBody ReasonBody body, Principal principal) {
		this.followup.returnCompletion(new FollowupTaskId(id), body.reason(), principal.getName());
	}

	@PostMapping("/tasks/{id}/extension")
	void extend(@PathVariable long id, @RequestBody ReasonBody body, Principal principal) {
		this.followup.extend(new FollowupTaskId(id), body.dueOn(), body.reason(), principal.getName());
	}

	@PostMapping("/tasks/{id}/cancel")
	void cancel(@PathVariable long id, @RequestBody ReasonBody body, Principal principal) {
		this.followup.cancel(new FollowupTaskId(id), body.reason(), principal.getName());
	}

	@GetMapping("/report")
	FollowupReport report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit, @RequestParam(required = false) Long document,
			@RequestParam(required = false) String issuer, @RequestParam(required = false) Instant asOf,
			Principal principal) {
		return this.reports.report(new ReportFilter(from, to, unit(unit), document, unit(issuer)),
				asOf != null ? asOf : this.clock.now(), principal.getName());
	}

	private static UnitCode unit(String code) {
		return code == null || code.isBlank() ? null : UnitCode.of(code);
	}

	private static List<Evidence> evidence(ReportBody body) {
		return body.documentIds() == null ? List.of() : body.documentIds().stream().map(Evidence::document).toList();
	}

	/** A task with its history. */
	record TaskView(FollowupTask task, List<TaskEvent> history) {
	}

	record ConfirmBody(String assignerUnit, List<TaskBody> tasks) {
	}

	record TaskBody(String leadUnit, List<String> coUnits, String description, LocalDate dueOn, String deadline,
			Recurrence recurrence, String assigneeAsWritten, String sourcePassage) {
	}

	record ReportBody(String text, List<Long> documentIds) {
	}

	record ReasonBody(String reason, LocalDate dueOn) {
	}

}
