package vn.vanthu.drafting;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.directory.Username;
import vn.vanthu.drafting.process.DraftingRoundProcess;
import vn.vanthu.notify.Notifications;
import vn.vanthu.platform.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every path of {@code drafting-round.bpmn} with the job executor off: all answered
 * early, deadline with some silent, reminder, extension, late answer refused, closing
 * early, second round, submission, abandonment, and a deadline that passed while Vanthu
 * was down.
 */
@VanthuIntegrationTest
@RecordApplicationEvents
@Import(DraftingFixtures.class)
class DraftingRoundProcessTests {

	@Autowired
	DraftingFixtures f;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	Notifications notifications;

	@Autowired
	ApplicationEvents events;

	@Autowired
	WorkingDays workingDays;

	@Test
	void allAnsweredEarlyClosesTheRoundAndAsksTheDrafterToSynthesise() {
		Round round = this.f.open(this.f.draft("Kế hoạch tổ chức Lễ hội " + System.nanoTime()),
				List.of("truongban1", "truongban2"), Duration.ofDays(3));
		assertThat(round.roundNo()).isEqualTo(1);
		String pid = this.f.pid(round);
		assertThat(this.tasks.createTaskQuery()
			.processInstanceId(pid)
			.taskAssignee("truongban1")
			.initializeFormKeys()
			.singleResult()
			.getFormKey()).isEqualTo("/drafts/rounds/" + round.id() + "/answer");

		this.f.answers.answer(round.id(), "truongban1", new Answer("Bổ sung kinh phí.", false, null));
		this.f.answers.answer(round.id(), "truongban2", new Answer(null, true, null));
		assertThat(this.f.round(round).status()).isEqualTo(RoundStatus.OPEN);
		this.f.runAsyncJobs(round);

		Round closed = this.f.round(round);
		assertThat(closed.status()).isEqualTo(RoundStatus.CLOSED);
		assertThat(closed.closeReason()).isEqualTo(CloseReason.ALL_ANSWERED);
		assertThat(closed.requests()).extracting(CommentRequest::status)
			.containsExactly(RequestStatus.ANSWERED, RequestStatus.AGREED);
		assertThat(this.tasks.createTaskQuery()
			.processInstanceId(pid)
			.taskDefinitionKey(DraftingRoundProcess.TASK_SYNTHESISE)
			.taskAssignee("chuyenvien")
			.count()).isEqualTo(1);
		assertThat(this.f.timer(round, DraftingRoundProcess.TIMER_DEADLINE)).as("deadline timer cancelled").isNull();
	}

	@Test
	void deadlineClosesWithTheSilentAsNoReplyAndALateAnswerIsRefused() {
		Round round = this.f.open(this.f.draft("Kế hoạch " + System.nanoTime()), List.of("truongban1", "truongban2"),
				Duration.ofDays(3));
		this.f.answers.answer(round.id(), "truongban1", new Answer("Ý kiến 1", false, null));
		this.f.answers.answer(round.id(), "truongban1", new Answer("Ý kiến 1, sửa lại", false, null));
		this.f.runAsyncJobs(round);
		this.f.fireDeadline(round);

		Round closed = this.f.round(round);
		assertThat(closed.status()).isEqualTo(RoundStatus.CLOSED);
		assertThat(closed.closeReason()).isEqualTo(CloseReason.DEADLINE);
		assertThat(closed.closedAt()).isEqualTo(closed.deadline());
		CommentRequest first = this.f.request(round, "truongban1");
		assertThat(first.text()).isEqualTo("Ý kiến 1, sửa lại");
		assertThat(first.revisions()).isEqualTo(2);
		assertThat(this.f.request(round, "truongban2").status()).isEqualTo(RequestStatus.NO_REPLY);
		assertThat(this.tasks.createTaskQuery()
			.processInstanceId(this.f.pid(round))
			.taskDefinitionKey(DraftingRoundProcess.TASK_SUBMIT_COMMENT)
			.count()).isZero();

		assertThatThrownBy(() -> this.f.answers.answer(round.id(), "truongban2", new Answer("Muộn rồi", false, null)))
			.isInstanceOfSatisfying(Problem.class, (p) -> {
				assertThat(p.getStatusCode().value()).isEqualTo(409);
				assertThat(p.getMessage()).contains("đã kết thúc lúc").contains(Text.time(closed.deadline()));
			});
		assertThat(this.f.request(round, "truongban2").status()).isEqualTo(RequestStatus.NO_REPLY);
	}

	@Test
	void reminderGoesOnlyToThoseWhoHaveNotAnswered() {
		Round round = this.f.open(this.f.draft("Báo cáo " + System.nanoTime()), List.of("truongban1", "truongban3"),
				Duration.ofDays(7));
		assertThat(round.remindAt()).isNotNull().isBefore(round.deadline());
		assertThat(this.workingDays.isWorkingDay(round.remindAt().atZone(WorkingDays.VIETNAM))).isTrue();
		this.f.answers.answer(round.id(), "truongban1", new Answer(null, true, null));
		this.f.runAsyncJobs(round);
		long before = this.notifications.unreadCount(Username.of("truongban3"));

		Job reminder = this.f.timer(round, DraftingRoundProcess.TIMER_REMINDER);
		assertThat(reminder.getDuedate()).isEqualTo(Date.from(round.remindAt()));
		this.f.management.executeJob(reminder.getId());

		assertThat(this.f.request(round, "truongban3").remindedAt()).isNotNull();
		assertThat(this.f.request(round, "truongban1").remindedAt()).isNull();
		assertThat(this.notifications.unreadCount(Username.of("truongban3"))).isEqualTo(before + 1);
		assertThat(this.notifications.of(Username.of("truongban3"), 1).get(0).subject()).startsWith("Nhắc góp ý");
		assertThat(this.f.round(round).status()).as("a reminder does not close").isEqualTo(RoundStatus.OPEN);
	}

	@Test
	void extensionMovesTheTimersAndTellsThePending() {
		Round round = this.f.open(this.f.draft("Tờ trình " + System.nanoTime()), List.of("truongban1", "truongban2"),
				Duration.ofDays(3));
		this.f.answers.answer(round.id(), "truongban1", new Answer("Đồng ý", false, null));
		long before = this.notifications.unreadCount(Username.of("truongban2"));
		Instant later = round.deadline().plus(Duration.ofDays(7));

		assertThatThrownBy(() -> this.f.rounds.extend(round.id(), "truongban1", later, null))
			.isInstanceOfSatisfying(Problem.class, (p) -> assertThat(p.getStatusCode().value()).isEqualTo(403));
		assertThatThrownBy(
				() -> this.f.rounds.extend(round.id(), "chuyenvien", round.deadline().minusSeconds(60), null))
			.isInstanceOfSatisfying(Problem.class, (p) -> assertThat(p.getStatusCode().value()).isEqualTo(400));
		Round extended = this.f.rounds.extend(round.id(), "chuyenvien", later, "P2D");

		assertThat(extended.deadline()).isEqualTo(later);
		assertThat(this.f.timer(round, DraftingRoundProcess.TIMER_DEADLINE).getDuedate()).isEqualTo(Date.from(later));
		assertThat(this.f.timer(round, DraftingRoundProcess.TIMER_REMINDER).getDuedate())
			.isEqualTo(Date.from(this.workingDays.reminderTime(later, "P2D")));
		assertThat(this.tasks.createTaskQuery()
			.processInstanceId(this.f.pid(round))
			.taskAssignee("truongban2")
			.singleResult()
			.getDueDate()).isEqualTo(Date.from(later));
		assertThat(this.notifications.unreadCount(Username.of("truongban2"))).isEqualTo(before + 1);
		assertThat(this.f.drafts.history(round.draftId(), "chuyenvien")).extracting(HistoryEntry::action)
			.contains("DEADLINE_EXTENDED");
	}

	@Test
	void secondRoundKeepsTheFirstThenSubmissionPublishesTheApprovalHook() throws Exception {
		Draft draft = this.f.draft("Quyết định " + System.nanoTime());
		Round first = this.f.open(draft, List.of("truongban1"), Duration.ofDays(3));
		this.f.answers.answer(first.id(), "truongban1", new Answer("Sửa điều 2", false, null));
		this.f.runAsyncJobs(first);
		this.f.drafts.addVersion(draft.id(), "chuyenvien", "du-thao-lan-02.pdf",
				new java.io.ByteArrayInputStream(("v2 " + System.nanoTime()).getBytes()));

		Round second = this.f.open(draft, List.of("truongban1", "truongban2"), Duration.ofDays(3));
		assertThat(second.roundNo()).isEqualTo(2);
		assertThat(second.versionNo()).isEqualTo(2);
		Round firstAfter = this.f.round(first);
		assertThat(firstAfter.status()).isEqualTo(RoundStatus.FINISHED);
		assertThat(firstAfter.outcome()).isEqualTo(RoundDecision.NEXT_ROUND);
		assertThat(firstAfter.requests().get(0).text()).as("earlier comments stay").isEqualTo("Sửa điều 2");
		assertFinishedAt(this.f.pid(first), "EndEvent_NextRound");

		assertThatThrownBy(() -> this.f.rounds.decide(draft.id(), "chuyenvien", RoundDecision.SUBMIT))
			.isInstanceOfSatisfying(Problem.class, (p) -> assertThat(p.getStatusCode().value()).isEqualTo(409));
		assertThatThrownBy(() -> this.f.rounds.close(second.id(), "truongban1")).isInstanceOfSatisfying(Problem.class,
				(p) -> assertThat(p.getStatusCode().value()).isEqualTo(403));
		this.f.rounds.close(second.id(), "chuyenvien");
		assertThat(this.f.round(second).closeReason()).isEqualTo(CloseReason.DRAFTER);
		assertThat(this.f.round(second).requests()).extracting(CommentRequest::status)
			.containsOnly(RequestStatus.NO_REPLY);

		this.f.rounds.decide(draft.id(), "chuyenvien", RoundDecision.SUBMIT);
		assertThat(this.f.drafts.get(draft.id(), "chuyenvien").status()).isEqualTo(DraftStatus.SUBMITTED);
		assertThat(this.f.round(second).outcome()).isEqualTo(RoundDecision.SUBMIT);
		assertFinishedAt(this.f.pid(second), "EndEvent_Submitted");
		assertThat(this.events.stream(DraftSubmittedForApproval.class))
			.anySatisfy((e) -> assertThat(e.draftId()).isEqualTo(draft.id().value()))
			.filteredOn((e) -> e.draftId() == draft.id().value())
			.singleElement()
			.satisfies((e) -> assertThat(e.versionNo()).isEqualTo(2));
	}

	@Test
	void abandonmentEndsTheRoundAndTheDraft() {
		Draft draft = this.f.draft("Công văn " + System.nanoTime());
		Round round = this.f.open(draft, List.of("truongban2"), Duration.ofDays(3));
		this.f.fireDeadline(round);
		assertThatThrownBy(() -> this.f.rounds.decide(draft.id(), "truongban2", RoundDecision.ABANDON))
			.isInstanceOfSatisfying(Problem.class, (p) -> assertThat(p.getStatusCode().value()).isEqualTo(403));
		this.f.rounds.decide(draft.id(), "chuyenvien", RoundDecision.ABANDON);
		assertThat(this.f.drafts.get(draft.id(), "chuyenvien").status()).isEqualTo(DraftStatus.ABANDONED);
		assertFinishedAt(this.f.pid(round), "EndEvent_Abandoned");
		assertThatThrownBy(() -> this.f.open(draft, List.of("truongban2"), Duration.ofDays(3)))
			.isInstanceOfSatisfying(Problem.class, (p) -> assertThat(p.getStatusCode().value()).isEqualTo(409));
	}

	/**
	 * Timers are engine jobs stored in the database: when Vanthu is down past a deadline,
	 * the job executor finds the overdue job at start-up and runs it. Here the downtime
	 * is simulated by moving the job's due date into the past; the job is then among the
	 * executable jobs that the executor acquires, and running it closes the round.
	 */
	@Test
	void aDeadlinePassedWhileDownClosesTheRoundWhenTheJobRuns() {
		Round round = this.f.open(this.f.draft("Thông báo " + System.nanoTime()), List.of("truongban3"),
				Duration.ofHours(30));
		Job deadline = this.f.timer(round, DraftingRoundProcess.TIMER_DEADLINE);
		assertThat(this.f.management.createJobQuery().jobId(deadline.getId()).executable().count()).isZero();
		this.f.management.setJobDuedate(deadline.getId(), Date.from(Instant.now().minus(Duration.ofHours(2))));

		List<Job> due = this.f.management.createJobQuery().processInstanceId(this.f.pid(round)).executable().list();
		assertThat(due).extracting(Job::getId).contains(deadline.getId());
		due.stream()
			.filter((j) -> j.getId().equals(deadline.getId()))
			.forEach((j) -> this.f.management.executeJob(j.getId()));
		assertThat(this.f.round(round).status()).isEqualTo(RoundStatus.CLOSED);
		assertThat(this.f.request(round, "truongban3").status()).isEqualTo(RequestStatus.NO_REPLY);
	}

	private void assertFinishedAt(String pid, String endEvent) {
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
		assertThat(this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(pid)
			.activityId(endEvent)
			.finished()
			.count()).isEqualTo(1);
	}

}
