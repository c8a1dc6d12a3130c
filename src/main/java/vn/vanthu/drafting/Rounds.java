package vn.vanthu.drafting;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.directory.Username;
import vn.vanthu.drafting.process.RoundProcess;
import vn.vanthu.notify.Notifications;
import vn.vanthu.platform.Problem;

/**
 * Comment rounds: opening (round numbers 01, 02, … per draft), extending, closing early,
 * the drafter's decision afterwards, and the callbacks of {@code drafting-round.bpmn}
 * (close, remind, submit, abandon). Only the drafter opens, extends, closes and decides.
 */
@Service
public class Rounds {

	private final DraftingRepository repository;

	private final Drafts drafts;

	private final Recipients recipients;

	private final RoundProcess process;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final WorkingDays workingDays;

	Rounds(DraftingRepository repository, Drafts drafts, Recipients recipients, RoundProcess process,
			Notifications notifications, ApplicationEventPublisher events, WorkingDays workingDays) {
		this.repository = repository;
		this.drafts = drafts;
		this.recipients = recipients;
		this.process = process;
		this.notifications = notifications;
		this.events = events;
		this.workingDays = workingDays;
	}

	/**
	 * Opens the next round on the latest version. A previous round waiting for the
	 * drafter's decision is finished as "next round".
	 */
	@Transactional
	public Round open(DraftId draftId, String user, OpenRound request) {
		Draft draft = this.drafts.requireDrafter(draftId, user);
		Drafts.requireDrafting(draft);
		this.repository.lockDraft(draftId.value());
		Instant now = Instant.now();
		Instant deadline = (request.deadline() != null) ? request.deadline() : this.workingDays.defaultDeadline(now);
		if (!deadline.isAfter(now)) {
			throw Problem.badRequest("deadline-past", "Hạn góp ý phải sau thời điểm hiện tại.");
		}
		Instant remindAt = remindAt(deadline, request.remindBefore(), now);
		List<Recipients.Resolved> people = this.recipients.resolve(request.recipients(), user);
		for (Round previous : this.repository.rounds(draftId.value())) {
			if (previous.isOpen()) {
				throw Problem.conflict("round-open",
						"Vòng góp ý lần %02d đang mở; hãy kết thúc vòng đó trước.".formatted(previous.roundNo()));
			}
			if (previous.status() == RoundStatus.CLOSED) {
				this.process.decide(processOf(previous.id().value()), RoundDecision.NEXT_ROUND);
				this.repository.finishRound(previous.id().value(), RoundDecision.NEXT_ROUND);
			}
		}
		List<DraftVersion> versions = this.repository.versions(draftId.value());
		int versionNo = versions.get(versions.size() - 1).versionNo();
		int roundNo = this.repository.nextRoundNo(draftId.value());
		String message = Text.clean(request.message(), 4000, "Lời nhắn");
		long roundId = this.repository.insertRound(draftId.value(), roundNo, versionNo, message, deadline, remindAt);
		people.forEach((p) -> this.repository.insertRequest(roundId, p.username(), p.viaUnit()));
		String pid = this.process.start(roundId, draftId.value(), user,
				people.stream().map(Recipients.Resolved::username).toList(), deadline, remindAt);
		this.repository.setProcessInstance(roundId, pid);
		this.repository.history(draftId.value(), roundId, user, "ROUND_OPENED",
				"Gửi dự thảo lần %02d xin ý kiến (vòng %02d) tới %d người, hạn %s".formatted(versionNo, roundNo,
						people.size(), Text.time(deadline)));
		for (Recipients.Resolved p : people) {
			this.notifications.send(Username.of(p.username()),
					"Đề nghị góp ý: " + draft.subject() + " (dự thảo lần %02d)".formatted(versionNo),
					((message != null) ? message + "\n" : "") + "Đề nghị gửi ý kiến chậm nhất " + Text.time(deadline)
							+ ".",
					"/drafts/rounds/" + roundId + "/answer");
		}
		return this.repository.round(roundId).orElseThrow();
	}

	/** The round, if the user may see its draft. */
	public Round get(RoundId id, String user) {
		Round round = find(id);
		this.drafts.get(round.draftId(), user);
		return round;
	}

	/** The draft's rounds, oldest first, if the user may see the draft. */
	public List<Round> ofDraft(DraftId draftId, String user) {
		this.drafts.get(draftId, user);
		return this.repository.rounds(draftId.value());
	}

	/** Whether the user may act as the round's drafter. */
	public boolean isDrafter(Round round, String user) {
		return this.drafts.find(round.draftId()).drafter().equals(user);
	}

	/**
	 * Extends the deadline of an open round; the reminder moves with it unless it has
	 * been sent. Everyone who has not answered is told.
	 */
	@Transactional
	public Round extend(RoundId id, String user, Instant newDeadline, String remindBefore) {
		Round round = requireDrafterOf(id, user);
		Round locked = this.repository.lockRound(id.value());
		Instant now = Instant.now();
		if (locked.status() != RoundStatus.OPEN || now.isAfter(locked.deadline())) {
			throw closedProblem(locked);
		}
		if (newDeadline == null || !newDeadline.isAfter(locked.deadline())) {
			throw Problem.badRequest("deadline-not-later",
					"Hạn mới phải sau hạn hiện tại (" + Text.time(locked.deadline()) + ").");
		}
		boolean reminded = round.requests().stream().anyMatch((r) -> r.remindedAt() != null);
		Instant remindAt = reminded ? null : remindAt(newDeadline, remindBefore, now);
		this.repository.updateDeadline(id.value(), newDeadline, remindAt);
		this.process.moveDeadline(processOf(id.value()), newDeadline, remindAt);
		this.repository.history(round.draftId().value(), id.value(), user, "DEADLINE_EXTENDED",
				"Gia hạn góp ý từ %s đến %s".formatted(Text.time(locked.deadline()), Text.time(newDeadline)));
		Draft draft = this.drafts.find(round.draftId());
		round.requests()
			.stream()
			.filter((r) -> r.status() == RequestStatus.PENDING)
			.forEach((r) -> this.notifications.send(Username.of(r.recipient()), "Gia hạn góp ý: " + draft.subject(),
					"Hạn góp ý mới: " + Text.time(newDeadline) + ".", "/drafts/rounds/" + id + "/answer"));
		return this.repository.round(id.value()).orElseThrow();
	}

	/** Closes an open round now (the drafter has heard enough). */
	@Transactional
	public Round close(RoundId id, String user) {
		requireDrafterOf(id, user);
		Round locked = this.repository.lockRound(id.value());
		if (locked.status() != RoundStatus.OPEN) {
			throw closedProblem(locked);
		}
		this.process.requestClose(processOf(id.value()));
		return this.repository.round(id.value()).orElseThrow();
	}

	/**
	 * The drafter's decision after the last round: submit for approval or abandon. A
	 * draft without a round waiting for a decision is submitted or abandoned directly.
	 */
	@Transactional
	public void decide(DraftId draftId, String user, RoundDecision decision) {
		Draft draft = this.drafts.requireDrafter(draftId, user);
		Drafts.requireDrafting(draft);
		if (decision == RoundDecision.NEXT_ROUND) {
			throw Problem.badRequest("use-open-round", "Để lấy ý kiến lần tiếp theo, hãy mở vòng góp ý mới.");
		}
		List<Round> rounds = this.repository.rounds(draftId.value());
		Round last = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
		if (last != null && last.isOpen()) {
			throw Problem.conflict("round-open",
					"Vòng góp ý lần %02d đang mở; hãy kết thúc vòng đó trước.".formatted(last.roundNo()));
		}
		if (last != null && last.status() == RoundStatus.CLOSED) {
			this.process.decide(processOf(last.id().value()), decision);
		}
		else if (decision == RoundDecision.SUBMIT) {
			markSubmitted(draft, null, user);
		}
		else {
			markAbandoned(draft, null, user);
		}
	}

	/** Engine callback: the round closed for the given reason. */
	@Transactional
	public void closed(long roundId, CloseReason reason) {
		Round round = this.repository.lockRound(roundId);
		Instant closedAt = (reason == CloseReason.DEADLINE) ? round.deadline() : Instant.now();
		this.repository.closeRound(roundId, closedAt, reason);
		Round closed = this.repository.round(roundId).orElseThrow();
		long silent = closed.requests().stream().filter((r) -> r.status() == RequestStatus.NO_REPLY).count();
		this.repository.history(round.draftId().value(), roundId, "system", "ROUND_CLOSED",
				"Kết thúc vòng %02d: %s; %d người không có ý kiến phản hồi".formatted(round.roundNo(),
						reason.label().toLowerCase(), silent));
		Draft draft = this.drafts.find(round.draftId());
		this.notifications.send(Username.of(draft.drafter()), "Vòng góp ý đã kết thúc: " + draft.subject(),
				reason.label() + ". Đề nghị tổng hợp, tiếp thu, giải trình ý kiến góp ý.", "/drafts/rounds/" + roundId);
	}

	/** Engine callback: remind everyone who has not answered. */
	@Transactional
	public void remind(long roundId) {
		Round round = this.repository.round(roundId).orElseThrow();
		if (round.remindAt() == null || round.status() != RoundStatus.OPEN) {
			return;
		}
		Draft draft = this.drafts.find(round.draftId());
		Instant now = Instant.now();
		List<CommentRequest> pending = round.requests()
			.stream()
			.filter((r) -> r.status() == RequestStatus.PENDING)
			.toList();
		for (CommentRequest request : pending) {
			this.repository.markReminded(request.id(), now);
			this.notifications.send(Username.of(request.recipient()), "Nhắc góp ý dự thảo: " + draft.subject(),
					"Bạn chưa gửi ý kiến góp ý. Hạn chót: " + Text.time(round.deadline()) + ".",
					"/drafts/rounds/" + roundId + "/answer");
		}
		this.repository.history(draft.id().value(), roundId, "system", "REMINDED", "Nhắc %d người chưa góp ý: %s"
			.formatted(pending.size(), String.join(", ", pending.stream().map(CommentRequest::recipient).toList())));
	}

	/** Engine callback: the drafter submitted the draft for approval after this round. */
	@Transactional
	public void submitted(long roundId) {
		Round round = this.repository.round(roundId).orElseThrow();
		this.repository.finishRound(roundId, RoundDecision.SUBMIT);
		Draft draft = this.drafts.find(round.draftId());
		markSubmitted(draft, roundId, draft.drafter());
	}

	/** Engine callback: the drafter abandoned the draft after this round. */
	@Transactional
	public void abandoned(long roundId) {
		Round round = this.repository.round(roundId).orElseThrow();
		this.repository.finishRound(roundId, RoundDecision.ABANDON);
		Draft draft = this.drafts.find(round.draftId());
		markAbandoned(draft, roundId, draft.drafter());
	}

	Round find(RoundId id) {
		return this.repository.round(id.value())
			.orElseThrow(() -> Problem.notFound("no-round", "Không có vòng góp ý số " + id + "."));
	}

	Round requireDrafterOf(RoundId id, String user) {
		Round round = get(id, user);
		if (!isDrafter(round, user)) {
			throw Problem.forbidden("not-drafter",
					"Chỉ người soạn thảo mới được gia hạn, kết thúc hoặc tổng hợp vòng góp ý.");
		}
		return round;
	}

	String processOf(long roundId) {
		return this.repository.processInstance(roundId)
			.orElseThrow(() -> new IllegalStateException("Vòng góp ý " + roundId + " không có quy trình"));
	}

	/** The refusal of anything that needs an open round, saying when it closed. */
	static Problem closedProblem(Round round) {
		Instant closedAt = (round.closedAt() != null) ? round.closedAt() : round.deadline();
		return Problem.conflict("round-closed",
				"Vòng góp ý (dự thảo lần %02d) đã kết thúc lúc %s; ý kiến gửi sau thời điểm này không được ghi nhận."
					.formatted(round.versionNo(), Text.time(closedAt)))
			.with("closedAt", closedAt.toString());
	}

	private void markSubmitted(Draft draft, Long roundId, String user) {
		this.repository.updateDraftStatus(draft.id().value(), DraftStatus.SUBMITTED);
		List<DraftVersion> versions = this.repository.versions(draft.id().value());
		DraftVersion last = versions.get(versions.size() - 1);
		this.repository.history(draft.id().value(), roundId, user, "SUBMITTED",
				"Trình duyệt dự thảo lần %02d".formatted(last.versionNo()));
		this.events.publishEvent(new DraftSubmittedForApproval(draft.id().value(), draft.subject(), draft.kind(),
				draft.issuerUnit(), draft.drafter(), last.versionNo(), last.fileSha256()));
	}

	private void markAbandoned(Draft draft, Long roundId, String user) {
		this.repository.updateDraftStatus(draft.id().value(), DraftStatus.ABANDONED);
		this.repository.history(draft.id().value(), roundId, user, "ABANDONED", "Hủy bỏ dự thảo");
	}

	private Instant remindAt(Instant deadline, String remindBefore, Instant now) {
		if (remindBefore != null && remindBefore.strip().equalsIgnoreCase("NONE")) {
			return null;
		}
		Instant at = this.workingDays.reminderTime(deadline, remindBefore);
		// a reminder that would fire at once (a short round) is pointless: no reminder
		return at.isAfter(now) ? at : null;
	}

}
