package vn.vanthu.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Membership;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;
import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentAccess;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.Documents;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.VietnameseText;

/**
 * Tracked tasks from directives: confirmation, reports, acceptance, returns, extensions.
 * Every change is checked against the {@link Viewer} (the lead unit reports; the assigner
 * accepts, returns, extends and cancels), recorded in the task's history and passed to
 * its engine process ({@link TaskProcesses}), in one transaction.
 */
@Service
public class Followup {

	private final FollowupStore store;

	private final TaskProcesses processes;

	private final Documents documents;

	private final DocumentAccess access;

	private final Directory directory;

	private final FollowupProposals proposals;

	private final FollowupNotifications notifications;

	private final FollowupSettings settings;

	private final FollowupClock clock;

	private final ApplicationEventPublisher events;

	private final WorkingDays days;

	Followup(FollowupStore store, TaskProcesses processes, Documents documents, DocumentAccess access,
			Directory directory, FollowupProposals proposals, FollowupNotifications notifications,
			FollowupSettings settings, FollowupClock clock, ApplicationEventPublisher events, WorkingDays days) {
		this.store = store;
		this.processes = processes;
		this.documents = documents;
		this.access = access;
		this.directory = directory;
		this.proposals = proposals;
		this.notifications = notifications;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
		this.days = days;
	}

	/** The viewer for a login. */
	public Viewer viewer(String username) {
		return this.directory.findPerson(new Username(username))
			.map((p) -> new Viewer(username, Set.copyOf(p.units()), p.admin()))
			.orElse(new Viewer(username, Set.of(), false));
	}

	/**
	 * Turns confirmed assignments of a directive into tracked tasks, each with its
	 * process.
	 * @param assignerUnit the unit giving the tasks; {@code null} takes the directive's
	 * issuer unit, else the clerk's first unit
	 */
	@Transactional
	public List<FollowupTask> confirm(DocumentId documentId, UnitCode assignerUnit, List<TaskRequest> requests,
			String username) {
		Document document = this.documents.get(documentId);
		this.access.check(document, this.access.readerOf(username));
		Viewer viewer = viewer(username);
		UnitCode assigner = assignerUnit != null ? assignerUnit : document.issuerUnit() != null ? document.issuerUnit()
				: viewer.units().stream().findFirst().orElse(null);
		if (assigner == null) {
			throw Problem.badRequest("followup-assigner-missing", "Chọn đơn vị giao nhiệm vụ.");
		}
		this.directory.findUnit(assigner)
			.orElseThrow(() -> Problem.badRequest("followup-unknown-unit", "Không có đơn vị " + assigner + "."));
		if (requests.isEmpty()) {
			throw Problem.badRequest("followup-nothing-confirmed", "Chưa chọn nhiệm vụ nào để giao.");
		}
		List<FollowupTask> created = new ArrayList<>();
		for (TaskRequest r : requests) {
			created.add(create(documentId.value(), assigner, r, username));
		}
		sendDirective(document, assigner, requests);
		return created;
	}

	/**
	 * The units given tasks (lead, co-operating, assigner) receive the directive: a task
	 * is seen only by those who may open its directive (ADR 0008), and giving a unit work
	 * from a directive is sending it that directive.
	 */
	private void sendDirective(Document document, UnitCode assigner, List<TaskRequest> requests) {
		if (document.access().readableByAll()) {
			return;
		}
		Set<UnitCode> units = new LinkedHashSet<>();
		units.add(assigner);
		requests.forEach((r) -> units.addAll(union(r.leadUnit(), r.coUnits())));
		units.remove(document.access().issuerUnit());
		units.removeAll(document.access().recipientUnits());
		units.forEach((u) -> this.documents.grantAccess(document.id(), u));
	}

	private FollowupTask create(long documentId, UnitCode assigner, TaskRequest r, String username) {
		if (r.leadUnit() == null) {
			throw Problem.badRequest("followup-lead-missing",
					"Chọn đơn vị chủ trì cho nhiệm vụ \"" + shorten(r.description()) + "\".");
		}
		for (UnitCode unit : union(r.leadUnit(), r.coUnits())) {
			this.directory.findUnit(unit)
				.orElseThrow(() -> Problem.badRequest("followup-unknown-unit", "Không có đơn vị " + unit + "."));
		}
		String description = clean(r.description());
		if (description == null) {
			throw Problem.badRequest("followup-description-missing", "Nhập nội dung nhiệm vụ.");
		}
		LocalDate due = r.dueOn() != null ? r.dueOn() : this.proposals.dueOn(r.deadline());
		FollowupTask task = new FollowupTask(null, documentId, null, 1, clean(r.assigneeAsWritten()), description,
				clean(r.sourcePassage()), r.leadUnit(), r.coUnits(), assigner, username, due, due, r.recurrence(),
				TaskStatus.OPEN, false, null, null, this.clock.now());
		return start(task, null, 1);
	}

	private FollowupTask start(FollowupTask t, Long seriesId, int occurrence) {
		FollowupTask row = new FollowupTask(null, t.documentId(), seriesId, occurrence, t.assigneeAsWritten(),
				t.description(), t.sourcePassage(), t.leadUnit(), t.coUnits(), t.assignerUnit(), t.assignedBy(),
				t.originalDueOn(), t.dueOn(), t.recurrence(), TaskStatus.OPEN, false, null, null, this.clock.now());
		long id = this.store.insert(row);
		if (row.recurrence() != null && seriesId == null) {
			this.store.update(id, "series_id = ?", id);
		}
		FollowupTaskId taskId = new FollowupTaskId(id);
		this.store.addEvent(id, TaskEvent.Kind.CREATED, row.assignedBy(), null, null, row.dueOn(), this.clock.now(),
				List.of());
		String pid = this.processes
			.start(new TaskProcesses.Plan(taskId, "Thực hiện nhiệm vụ: " + shorten(t.description()),
					leadGroups(row.leadUnit()), reviewers(row), DueTimes.dueAt(row.dueOn()),
					DueTimes.reminderAt(row.dueOn(), this.settings, this.days), row.recurrence() != null));
		this.store.update(id, "process_instance_id = ?", pid);
		return this.store.find(id).orElseThrow();
	}

	/**
	 * The task, when the user may see it (404 otherwise): by unit ({@link Viewer}) and by
	 * its directive, which they must be able to open (ADR 0008).
	 */
	public FollowupTask get(FollowupTaskId id, String username) {
		FollowupTask task = this.store.find(id.value()).orElse(null);
		if (task == null || !viewer(username).canSee(task)
				|| !this.access.canRead(new DocumentId(task.documentId()), this.access.readerOf(username))) {
			throw Problem.notFound("followup-task-not-found", "Không tìm thấy nhiệm vụ " + id + ".");
		}
		return task;
	}

	/**
	 * The task's history, oldest first; evidence documents the user may not open are left
	 * out.
	 */
	public List<TaskEvent> history(FollowupTaskId id, String username) {
		get(id, username);
		List<TaskEvent> events = this.store.events(id.value());
		Set<DocumentId> named = new java.util.HashSet<>();
		events.forEach((e) -> e.evidence()
			.stream()
			.filter((v) -> v.documentId() != null)
			.forEach((v) -> named.add(new DocumentId(v.documentId()))));
		if (named.isEmpty()) {
			return events;
		}
		Set<DocumentId> open = this.access.readable(named, this.access.readerOf(username));
		return events.stream()
			.map((e) -> new TaskEvent(e.kind(), e.actor(), e.note(), e.oldDue(), e.newDue(), e.at(),
					e.evidence()
						.stream()
						.filter((v) -> v.documentId() == null || open.contains(new DocumentId(v.documentId())))
						.toList()))
			.toList();
	}

	/** The tasks of a directive the user may see. */
	public List<FollowupTask> tasksOf(DocumentId documentId, String username) {
		Viewer viewer = viewer(username);
		if (!this.access.canRead(documentId, this.access.readerOf(username))) {
			return List.of();
		}
		return this.store.query("where t.document_id = :d order by t.id", Map.of("d", documentId.value()))
			.stream()
			.filter(viewer::canSee)
			.toList();
	}

	/** A progress report of the lead unit; the task stays open. */
	@Transactional
	public void reportProgress(FollowupTaskId id, String text, List<Evidence> evidence, String username) {
		FollowupTask task = lead(id, username);
		requireStatus(task, TaskStatus.OPEN);
		checkEvidence(evidence, username);
		this.store.addEvent(id.value(), TaskEvent.Kind.PROGRESS, username, required(text, "Nhập nội dung báo cáo."),
				null, null, this.clock.now(), evidence);
	}

	/** The lead unit reports completion; the assigner then accepts or returns it. */
	@Transactional
	public void reportCompletion(FollowupTaskId id, String text, List<Evidence> evidence, String username) {
		FollowupTask task = lead(id, username);
		requireStatus(task, TaskStatus.OPEN);
		checkEvidence(evidence, username);
		this.store.addEvent(id.value(), TaskEvent.Kind.COMPLETION_REPORTED, username,
				required(text, "Nhập kết quả thực hiện."), null, null, this.clock.now(), evidence);
		this.store.update(id.value(), "status = ?, done_on = ?, updated_at = ?", TaskStatus.SUBMITTED.name(),
				this.clock.today(), FollowupStore.ts(this.clock.now()));
		this.processes.completeWork(task.processInstanceId());
	}

	/**
	 * The assigner accepts the completion: the task is done on the day completion was
	 * reported; a periodic duty gets its next occurrence.
	 */
	@Transactional
	public void accept(FollowupTaskId id, String username) {
		FollowupTask task = assigner(id, username);
		requireStatus(task, TaskStatus.SUBMITTED);
		this.store.addEvent(id.value(), TaskEvent.Kind.ACCEPTED, username, null, null, null, this.clock.now(),
				List.of());
		this.store.update(id.value(), "status = ?, updated_at = ?", TaskStatus.DONE.name(),
				FollowupStore.ts(this.clock.now()));
		this.processes.review(task.processInstanceId(), true);
	}

	/** The assigner returns the completion with a reason: back to the lead unit. */
	@Transactional
	public void returnCompletion(FollowupTaskId id, String reason, String username) {
		FollowupTask task = assigner(id, username);
		requireStatus(task, TaskStatus.SUBMITTED);
		String why = required(reason, "Nhập lý do trả lại.");
		this.store.addEvent(id.value(), TaskEvent.Kind.RETURNED, username, why, null, null, this.clock.now(),
				List.of());
		this.store.update(id.value(), "status = ?, done_on = null, updated_at = ?", TaskStatus.OPEN.name(),
				FollowupStore.ts(this.clock.now()));
		this.notifications.send(leaders(task.leadUnit()), id, "RETURNED",
				"Kết quả nhiệm vụ \"" + shorten(task.description()) + "\" bị trả lại: " + why);
		this.processes.review(task.processInstanceId(), false);
	}

	/**
	 * The assigner extends the due date with a reason; the original stays recorded and
	 * the process's reminder and due timers move.
	 */
	@Transactional
	public void extend(FollowupTaskId id, LocalDate newDue, String reason, String username) {
		FollowupTask task = assigner(id, username);
		if (!task.isOpen()) {
			throw Problem.conflict("followup-task-closed", "Nhiệm vụ đã kết thúc, không thể gia hạn.");
		}
		if (newDue == null || !newDue.isAfter(task.dueOn())) {
			throw Problem.badRequest("followup-extension-not-later",
					"Hạn mới phải sau hạn hiện tại (" + DueTimes.format(task.dueOn()) + ").");
		}
		String why = required(reason, "Nhập lý do gia hạn.");
		this.store.addEvent(id.value(), TaskEvent.Kind.EXTENDED, username, why, task.dueOn(), newDue, this.clock.now(),
				List.of());
		this.store.update(id.value(), "due_on = ?, overdue_marked = ?, updated_at = ?", newDue,
				task.overdueMarked() && newDue.isBefore(this.clock.today()), FollowupStore.ts(this.clock.now()));
		this.processes.moveDeadline(task.processInstanceId(), DueTimes.dueAt(newDue),
				DueTimes.reminderAt(newDue, this.settings, this.days));
	}

	/** The assigner drops the task (and a periodic duty's later occurrences). */
	@Transactional
	public void cancel(FollowupTaskId id, String reason, String username) {
		FollowupTask task = assigner(id, username);
		if (!task.isOpen()) {
			throw Problem.conflict("followup-task-closed", "Nhiệm vụ đã kết thúc.");
		}
		String why = required(reason, "Nhập lý do hủy.");
		this.store.addEvent(id.value(), TaskEvent.Kind.CANCELLED, username, why, null, null, this.clock.now(),
				List.of());
		this.store.update(id.value(), "status = ?, updated_at = ?", TaskStatus.CANCELLED.name(),
				FollowupStore.ts(this.clock.now()));
		this.processes.cancel(task.processInstanceId(), why);
	}

	/** Process callback: the reminder before the due date, to the lead unit's leaders. */
	@Transactional
	public void remind(FollowupTaskId id) {
		FollowupTask task = this.store.find(id.value()).orElseThrow();
		if (task.status() != TaskStatus.OPEN) {
			return;
		}
		List<String> to = leaders(task.leadUnit());
		this.store.addEvent(id.value(), TaskEvent.Kind.REMINDED, null, null, null, null, this.clock.now(), List.of());
		this.notifications.send(to, id, "REMINDER",
				"Nhiệm vụ \"" + shorten(task.description()) + "\" đến hạn ngày " + DueTimes.format(task.dueOn()) + ".");
		this.events.publishEvent(new FollowupReminderDue(id, task.dueOn(), to));
	}

	/**
	 * Process callback: the due date passed while the task is open. The task is marked
	 * and the assigner unit's leaders are notified.
	 */
	@Transactional
	public void markOverdue(FollowupTaskId id) {
		FollowupTask task = this.store.find(id.value()).orElseThrow();
		if (!task.isOpen() || task.overdueMarked()) {
			// Re-entering the work task after a return re-arms the due timer: escalate
			// once.
			return;
		}
		List<String> to = leaders(task.assignerUnit());
		this.store.update(id.value(), "overdue_marked = true, updated_at = ?", FollowupStore.ts(this.clock.now()));
		this.store.addEvent(id.value(), TaskEvent.Kind.OVERDUE, null, null, null, null, this.clock.now(), List.of());
		this.notifications.send(to, id, "OVERDUE", "Nhiệm vụ \"" + shorten(task.description()) + "\" giao "
				+ this.directory.findUnit(task.leadUnit())
					.map(vn.vanthu.directory.Unit::name)
					.orElse(task.leadUnit().value())
				+ " đã quá hạn (hạn " + DueTimes.format(task.dueOn()) + ").");
		this.events.publishEvent(new FollowupTaskOverdue(id, task.dueOn(), to));
	}

	/** Process callback: an accepted periodic duty gets its next occurrence. */
	@Transactional
	public FollowupTask scheduleNextOccurrence(FollowupTaskId id) {
		FollowupTask t = this.store.find(id.value()).orElseThrow();
		LocalDate due = Occurrences.nextDue(t.recurrence(), t.dueOn(), this.days);
		FollowupTask next = new FollowupTask(null, t.documentId(), null, 0, t.assigneeAsWritten(), t.description(),
				t.sourcePassage(), t.leadUnit(), t.coUnits(), t.assignerUnit(), t.assignedBy(), due, due,
				t.recurrence(), TaskStatus.OPEN, false, null, null, null);
		return start(next, t.seriesId() != null ? t.seriesId() : t.id().value(), t.occurrence() + 1);
	}

	private FollowupTask lead(FollowupTaskId id, String username) {
		FollowupTask task = get(id, username);
		if (!viewer(username).isLead(task)) {
			throw Problem.forbidden("followup-not-lead-unit",
					"Chỉ đơn vị chủ trì (" + task.leadUnit() + ") được báo cáo nhiệm vụ này.");
		}
		return task;
	}

	private FollowupTask assigner(FollowupTaskId id, String username) {
		FollowupTask task = get(id, username);
		Viewer viewer = viewer(username);
		if (!viewer.isAssigner(task) && !viewer.admin()) {
			throw Problem.forbidden("followup-not-assigner",
					"Chỉ đơn vị giao nhiệm vụ (" + task.assignerUnit() + ") được xác nhận, trả lại hoặc gia hạn.");
		}
		return task;
	}

	/** Evidence documents must exist and be readable by the reporter. */
	private void checkEvidence(List<Evidence> evidence, String username) {
		for (Evidence e : evidence) {
			if (e.documentId() != null) {
				Document document = this.documents.find(new DocumentId(e.documentId()))
					.orElseThrow(() -> Problem.badRequest("followup-evidence-not-found",
							"Không tìm thấy văn bản minh chứng " + e.documentId() + "."));
				if (!this.access.canRead(document, this.access.readerOf(username))) {
					throw Problem.badRequest("followup-evidence-not-found",
							"Không tìm thấy văn bản minh chứng " + e.documentId() + ".");
				}
			}
		}
	}

	private static void requireStatus(FollowupTask task, TaskStatus expected) {
		if (task.status() != expected) {
			throw Problem
				.conflict("followup-wrong-status",
						"Nhiệm vụ đang ở trạng thái \"" + task.status().label()
								+ "\", không thực hiện được thao tác này.")
				.with("taskStatus", task.status().name());
		}
	}

	/** Engine groups of the unit's head posts, or the whole unit when it has none. */
	private String leadGroups(UnitCode unit) {
		List<Membership> members = this.directory.membersOf(unit);
		Set<String> groups = new LinkedHashSet<>();
		members.stream().filter((m) -> m.position().isHead()).forEach((m) -> groups.add(m.positionGroupId()));
		if (groups.isEmpty()) {
			members.stream().filter((m) -> m.position().isDeputy()).forEach((m) -> groups.add(m.positionGroupId()));
		}
		return groups.isEmpty() ? unit.value() : String.join(",", groups);
	}

	private String reviewers(FollowupTask task) {
		Set<String> users = new LinkedHashSet<>();
		users.add(task.assignedBy());
		users.addAll(leaders(task.assignerUnit()));
		return String.join(",", users);
	}

	private List<String> leaders(UnitCode unit) {
		return this.directory.headsOf(unit).stream().map(Username::value).toList();
	}

	private static Set<UnitCode> union(UnitCode lead, Set<UnitCode> co) {
		Set<UnitCode> all = new LinkedHashSet<>(co);
		all.add(lead);
		return all;
	}

	private static String required(String text, String message) {
		String c = clean(text);
		if (c == null) {
			throw Problem.badRequest("followup-text-missing", message);
		}
		return c;
	}

	static String clean(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		return VietnameseText.nfc(s).strip();
	}

	static String shorten(String s) {
		return s == null ? "" : s.length() <= 80 ? s : s.substring(0, 79) + "…";
	}

	Instant now() {
		return this.clock.now();
	}

}
