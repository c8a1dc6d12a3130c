package vn.vanthu.followup.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.directory.Directory;
import vn.vanthu.document.Document;
import vn.vanthu.document.Documents;
import vn.vanthu.followup.Followup;
import vn.vanthu.followup.FollowupClock;
import vn.vanthu.followup.FollowupNotifications;
import vn.vanthu.followup.FollowupTask;
import vn.vanthu.followup.FollowupWorld;
import vn.vanthu.followup.TaskEvent;
import vn.vanthu.followup.TaskRequest;
import vn.vanthu.followup.TaskStatus;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.Recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks every path of {@code directive-follow-up.bpmn} on the application's engine, job
 * executor off, timers executed explicitly: on time, reminder, late (overdue escalation),
 * extended, returned, recurring, cancelled.
 */
@VanthuIntegrationTest
class DirectiveFollowUpProcessTests {

	@Autowired
	Followup followup;

	@Autowired
	FollowupClock clock;

	@Autowired
	FollowupNotifications notifications;

	@Autowired
	Directory directory;

	@Autowired
	Documents documents;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	FollowupWorld w;

	Document directive;

	@BeforeEach
	void world() {
		this.w = new FollowupWorld(this.directory);
		at(2024, 1, 20);
		this.directive = this.w.directive(this.documents, "Chỉ thị về cải cách hành chính.", LocalDate.of(2024, 1, 15));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void onTimeCompletionIsAcceptedAndTheProcessEnds() {
		FollowupTask task = confirm(LocalDate.of(2024, 2, 7), null);
		Task work = activeTask(task, DirectiveFollowUpProcess.TASK_CARRY_OUT);
		assertThat(work.getFormKey()).isEqualTo("/followup/tasks/" + task.id());
		assertThat(this.tasks.createTaskQuery().taskId(work.getId()).taskCandidateUser(this.w.noiVuHead).count())
			.isEqualTo(1);
		assertThat(this.tasks.createTaskQuery().taskId(work.getId()).taskCandidateUser(this.w.noiVuStaff).count())
			.as("the head, not all staff, gets the task")
			.isZero();
		assertThat(timer(task, DirectiveFollowUpProcess.TIMER_DUE).getDuedate().toInstant())
			.isEqualTo(ZonedDateTime.of(2024, 2, 8, 0, 0, 0, 0, FollowupClock.ZONE).toInstant());
		assertThat(timer(task, DirectiveFollowUpProcess.TIMER_REMINDER).getDuedate().toInstant())
			.as("3 working days before Wed 07/02: Fri 02/02 08:00")
			.isEqualTo(ZonedDateTime.of(2024, 2, 2, 8, 0, 0, 0, FollowupClock.ZONE).toInstant());

		at(2024, 2, 6);
		this.followup.reportCompletion(task.id(), "Đã hoàn thành rà soát.", List.of(), this.w.noiVuHead);
		Task review = activeTask(task, DirectiveFollowUpProcess.TASK_REVIEW);
		assertThat(this.tasks.createTaskQuery().taskId(review.getId()).taskCandidateUser(this.w.chairman).count())
			.isEqualTo(1);
		assertThat(timers(task)).as("timers end with the work task").isEmpty();

		this.followup.accept(task.id(), this.w.clerk);
		FollowupTask done = this.followup.get(task.id(), this.w.clerk);
		assertThat(done.status()).isEqualTo(TaskStatus.DONE);
		assertThat(done.doneOn()).isEqualTo(LocalDate.of(2024, 2, 6));
		assertThat(done.overdueMarked()).isFalse();
		assertProcessEnded(task);
	}

	@Test
	void reminderFiresBeforeTheDueDate() {
		FollowupTask task = confirm(LocalDate.of(2024, 2, 7), null);
		this.management.executeJob(timer(task, DirectiveFollowUpProcess.TIMER_REMINDER).getId());
		assertThat(this.notifications.about(task.id())).extracting("recipient", "kind")
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.w.noiVuHead, "REMINDER"));
		assertThat(activeTask(task, DirectiveFollowUpProcess.TASK_CARRY_OUT)).as("non-interrupting").isNotNull();
		assertThat(kinds(task)).contains(TaskEvent.Kind.REMINDED);
	}

	@Test
	void lateTaskIsMarkedOverdueAndTheAssignersLeaderIsNotified() {
		FollowupTask task = confirm(LocalDate.of(2024, 1, 31), null);
		at(2024, 2, 1);
		this.management.executeJob(timer(task, DirectiveFollowUpProcess.TIMER_DUE).getId());
		FollowupTask overdue = this.followup.get(task.id(), this.w.noiVuHead);
		assertThat(overdue.overdueMarked()).isTrue();
		assertThat(this.notifications.about(task.id())).extracting("recipient", "kind")
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.w.chairman, "OVERDUE"));
		assertThat(activeTask(task, DirectiveFollowUpProcess.TASK_CARRY_OUT)).isNotNull();

		this.followup.reportCompletion(task.id(), "Hoàn thành muộn.", List.of(), this.w.noiVuStaff);
		this.followup.accept(task.id(), this.w.chairman);
		FollowupTask done = this.followup.get(task.id(), this.w.chairman);
		assertThat(done.doneOn()).isAfter(done.dueOn());
		assertProcessEnded(task);
	}

	@Test
	void extensionMovesTheTimersAndKeepsTheOriginalDate() {
		FollowupTask task = confirm(LocalDate.of(2024, 2, 7), null);
		this.followup.extend(task.id(), LocalDate.of(2024, 2, 29), "Chờ số liệu của Sở.", this.w.clerk);
		FollowupTask extended = this.followup.get(task.id(), this.w.clerk);
		assertThat(extended.originalDueOn()).isEqualTo(LocalDate.of(2024, 2, 7));
		assertThat(extended.dueOn()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(extended.isExtended()).isTrue();
		assertThat(timer(task, DirectiveFollowUpProcess.TIMER_DUE).getDuedate().toInstant())
			.isEqualTo(ZonedDateTime.of(2024, 3, 1, 0, 0, 0, 0, FollowupClock.ZONE).toInstant());
		assertThat(timers(task)).hasSize(2);
		TaskEvent ext = this.followup.history(task.id(), this.w.clerk)
			.stream()
			.filter((e) -> e.kind() == TaskEvent.Kind.EXTENDED)
			.findFirst()
			.orElseThrow();
		assertThat(ext.oldDue()).isEqualTo(LocalDate.of(2024, 2, 7));
		assertThat(ext.newDue()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(ext.note()).isEqualTo("Chờ số liệu của Sở.");

		assertThatThrownBy(() -> this.followup.extend(task.id(), LocalDate.of(2024, 3, 10), "x", this.w.noiVuHead))
			.as("the lead unit cannot extend its own deadline")
			.isInstanceOf(Problem.class)
			.hasMessageContaining("Chỉ đơn vị giao");
		assertThatThrownBy(() -> this.followup.extend(task.id(), LocalDate.of(2024, 2, 10), "x", this.w.clerk))
			.isInstanceOf(Problem.class)
			.hasMessageContaining("Hạn mới phải sau");
	}

	@Test
	void returnedCompletionGoesBackToTheLeadUnit() {
		FollowupTask task = confirm(LocalDate.of(2024, 2, 7), null);
		this.followup.reportCompletion(task.id(), "Xong.", List.of(), this.w.noiVuHead);
		assertThatThrownBy(() -> this.followup.accept(task.id(), this.w.noiVuHead))
			.as("the lead unit cannot accept its own work")
			.isInstanceOf(Problem.class);
		this.followup.returnCompletion(task.id(), "Thiếu danh sách hồ sơ.", this.w.chairman);
		assertThat(this.followup.get(task.id(), this.w.clerk).status()).isEqualTo(TaskStatus.OPEN);
		assertThat(this.followup.get(task.id(), this.w.clerk).doneOn()).isNull();
		assertThat(activeTask(task, DirectiveFollowUpProcess.TASK_CARRY_OUT)).isNotNull();
		assertThat(timers(task)).hasSize(2);
		assertThat(this.notifications.about(task.id())).extracting("recipient", "kind")
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.w.noiVuHead, "RETURNED"));

		at(2024, 2, 9);
		this.followup.reportCompletion(task.id(), "Đã bổ sung danh sách.", List.of(), this.w.noiVuHead);
		this.followup.accept(task.id(), this.w.clerk);
		assertThat(this.followup.get(task.id(), this.w.clerk).doneOn()).isEqualTo(LocalDate.of(2024, 2, 9));
		assertThat(kinds(task)).containsSubsequence(TaskEvent.Kind.CREATED, TaskEvent.Kind.COMPLETION_REPORTED,
				TaskEvent.Kind.RETURNED, TaskEvent.Kind.COMPLETION_REPORTED, TaskEvent.Kind.ACCEPTED);
		assertProcessEnded(task);
	}

	@Test
	void acceptedPeriodicDutySchedulesTheNextOccurrence() {
		FollowupTask first = confirm(LocalDate.of(2024, 6, 28), Recurrence.SEMIANNUAL);
		at(2024, 6, 25);
		this.followup.reportCompletion(first.id(), "Báo cáo 6 tháng đầu năm.", List.of(), this.w.noiVuHead);
		this.followup.accept(first.id(), this.w.clerk);
		assertProcessEnded(first);

		List<FollowupTask> all = this.followup.tasksOf(this.directive.id(), this.w.clerk);
		assertThat(all).hasSize(2);
		FollowupTask second = all.get(1);
		assertThat(second.occurrence()).isEqualTo(2);
		assertThat(second.seriesId()).isEqualTo(first.id().value());
		assertThat(second.dueOn()).as("last working day of December 2024").isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(second.status()).isEqualTo(TaskStatus.OPEN);
		assertThat(activeTask(second, DirectiveFollowUpProcess.TASK_CARRY_OUT)).isNotNull();
	}

	@Test
	void cancelledTaskEndsItsProcess() {
		FollowupTask task = confirm(LocalDate.of(2024, 2, 7), null);
		this.followup.cancel(task.id(), "Trùng nhiệm vụ khác.", this.w.clerk);
		assertThat(this.followup.get(task.id(), this.w.clerk).status()).isEqualTo(TaskStatus.CANCELLED);
		assertProcessEnded(task);
	}

	@Test
	void deniedUsersCannotSeeOrReport() {
		FollowupTask task = confirm(LocalDate.of(2024, 2, 7), null);
		assertThatThrownBy(() -> this.followup.get(task.id(), this.w.outsider)).isInstanceOf(Problem.class)
			.hasMessageContaining("Không tìm thấy nhiệm vụ");
		assertThatThrownBy(() -> this.followup.reportCompletion(task.id(), "Xong.", List.of(), this.w.vanHoaHead))
			.as("a co-operating unit sees the task but does not report it")
			.isInstanceOf(Problem.class)
			.hasMessageContaining("Chỉ đơn vị chủ trì");
		assertThat(this.followup.get(task.id(), this.w.vanHoaHead).coUnits()).contains(this.w.vanHoa);
		assertThat(activeTask(task, DirectiveFollowUpProcess.TASK_CARRY_OUT)).isNotNull();
	}

	private FollowupTask confirm(LocalDate due, Recurrence recurrence) {
		return this.followup
			.confirm(this.directive.id(), null,
					List.of(new TaskRequest(this.w.noiVu, Set.of(this.w.vanHoa), "Rà soát thủ tục hành chính", due,
							null, recurrence, "Phòng Nội vụ", null)),
					this.w.clerk)
			.get(0);
	}

	private void at(int year, int month, int day) {
		this.clock.fix(LocalDateTime.of(year, month, day, 9, 0).atZone(FollowupClock.ZONE).toInstant());
	}

	private Task activeTask(FollowupTask task, String key) {
		return this.tasks.createTaskQuery()
			.processInstanceId(task.processInstanceId())
			.taskDefinitionKey(key)
			.initializeFormKeys()
			.singleResult();
	}

	private Job timer(FollowupTask task, String activityId) {
		return this.management.createJobQuery()
			.processInstanceId(task.processInstanceId())
			.timers()
			.activityId(activityId)
			.singleResult();
	}

	private List<Job> timers(FollowupTask task) {
		return this.management.createJobQuery().processInstanceId(task.processInstanceId()).timers().list();
	}

	private List<TaskEvent.Kind> kinds(FollowupTask task) {
		return this.followup.history(task.id(), this.w.clerk).stream().map(TaskEvent::kind).toList();
	}

	private void assertProcessEnded(FollowupTask task) {
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(task.processInstanceId()).count())
			.isZero();
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(task.processInstanceId())
			.singleResult()
			.getEndTime()).isNotNull();
	}

}
