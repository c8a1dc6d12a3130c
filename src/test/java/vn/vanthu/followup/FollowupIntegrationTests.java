package vn.vanthu.followup;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.Document;
import vn.vanthu.document.Documents;
import vn.vanthu.text.Recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Assignments of a fixture directive become tasks with the right units and dates; the
 * report's figures for a constructed history are exact (month boundaries included); a
 * unit sees only its own tasks unless it gave them.
 */
@VanthuIntegrationTest
class FollowupIntegrationTests {

	@Autowired
	Followup followup;

	@Autowired
	FollowupProposals proposals;

	@Autowired
	FollowupReports reports;

	@Autowired
	FollowupClock clock;

	@Autowired
	Directory directory;

	@Autowired
	Documents documents;

	FollowupWorld w;

	@BeforeEach
	void world() {
		this.w = new FollowupWorld(this.directory);
		at(2024, 1, 20);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void assignmentsOfTheDirectiveBecomeTasksWithTheRightUnitsAndDates() throws IOException {
		Document directive = this.w.directive(this.documents, fixture(), LocalDate.of(2024, 1, 15));
		List<ProposedAssignment> found = this.proposals.propose(directive.id(), this.w.clerk);
		assertThat(found).extracting(ProposedAssignment::assigneeAsWritten)
			.containsExactly("Phòng Nội vụ", "Phòng Văn hoá và Thông tin", "Phòng Văn hoá và Thông tin",
					"Phòng Tài nguyên và Môi trường");
		assertThat(found).extracting(ProposedAssignment::unit)
			.containsExactly(this.w.noiVu, this.w.vanHoa, this.w.vanHoa, null);
		assertThat(found).extracting(ProposedAssignment::dueOn)
			.containsExactly(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 19),
					LocalDate.of(2024, 2, 19));
		assertThat(found.get(0).passage()).contains("trước ngày 07/02/2024");
		assertThat(found.get(2).recurrence()).isEqualTo(Recurrence.SEMIANNUAL);

		assertThatThrownBy(() -> this.proposals.propose(directive.id(), this.w.outsider))
			.as("the directive is not theirs")
			.hasMessageContaining("Không tìm thấy văn bản");

		// The clerk confirms the first two, splits nothing, picks a unit for the last and
		// drops the periodic duty.
		List<TaskRequest> confirmed = List.of(request(found.get(0), this.w.noiVu, Set.of(this.w.vanHoa)),
				request(found.get(1), this.w.vanHoa, Set.of()), request(found.get(3), this.w.noiVu, Set.of()));
		List<FollowupTask> tasks = this.followup.confirm(directive.id(), null, confirmed, this.w.clerk);
		assertThat(tasks).extracting(FollowupTask::leadUnit).containsExactly(this.w.noiVu, this.w.vanHoa, this.w.noiVu);
		assertThat(tasks).extracting(FollowupTask::dueOn)
			.containsExactly(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 19));
		assertThat(tasks.get(0).coUnits()).containsExactly(this.w.vanHoa);
		assertThat(tasks.get(0).assignerUnit()).isEqualTo(this.w.huyen);
		assertThat(tasks.get(0).sourcePassage()).contains("Bộ phận một cửa");
		assertThat(tasks).allSatisfy((t) -> assertThat(t.processInstanceId()).isNotNull());

		assertThatThrownBy(() -> this.followup.confirm(directive.id(), null,
				List.of(new TaskRequest(null, Set.of(), "Không có đơn vị", null, null, null, null, null)),
				this.w.clerk))
			.hasMessageContaining("Chọn đơn vị chủ trì");
	}

	@Test
	void dueDatesSkipThePublicHolidaysOfTheSharedCalendar() {
		// built in: 30/4/2024 is a holiday
		assertThat(this.proposals.dueOn("2024-04")).isEqualTo(LocalDate.of(2024, 4, 29));
		// announced in application.yml: Tết Ất Tỵ ends January 2025, Monday 31/8/2026 is
		// swapped off
		assertThat(this.proposals.dueOn("2025-01")).isEqualTo(LocalDate.of(2025, 1, 24));
		assertThat(this.proposals.dueOn("2026-08")).isEqualTo(LocalDate.of(2026, 8, 28));
		// no deadline: 30 days after Wednesday 21/1/2026 is Friday 20/2, in Tết → Friday
		// 13/2
		at(2026, 1, 21);
		assertThat(this.proposals.dueOn(null)).isEqualTo(LocalDate.of(2026, 2, 13));
	}

	@Test
	void reportFiguresOfAConstructedHistoryAreExact() {
		Document directive = this.w.directive(this.documents, "Chỉ thị số liệu báo cáo.", LocalDate.of(2024, 1, 15));
		// created 20/01; done dates set by the clock when completion is reported
		FollowupTask onTimeJan = task(directive, this.w.noiVu, 2024, 1, 31);
		FollowupTask lateJan = task(directive, this.w.noiVu, 2024, 1, 31);
		task(directive, this.w.noiVu, 2024, 1, 31); // open, overdue
		task(directive, this.w.noiVu, 2024, 2, 15); // due on the report's day: not yet
													// due
		task(directive, this.w.noiVu, 2024, 2, 14); // open, overdue
		FollowupTask earlyFeb = task(directive, this.w.noiVu, 2024, 2, 29);
		FollowupTask doneAfterReport = task(directive, this.w.noiVu, 2024, 2, 5);
		FollowupTask vanHoaOnTime = task(directive, this.w.vanHoa, 2024, 2, 1);
		FollowupTask cancelled = task(directive, this.w.noiVu, 2024, 1, 10);
		this.followup.cancel(cancelled.id(), "Trùng lặp.", this.w.clerk);

		done(onTimeJan, 2024, 1, 31);
		done(lateJan, 2024, 2, 1);
		done(earlyFeb, 2024, 2, 10);
		done(vanHoaOnTime, 2024, 2, 1);
		done(doneAfterReport, 2024, 2, 20);
		at(2024, 2, 16);
		task(directive, this.w.noiVu, 2024, 2, 10); // confirmed after the report's
													// instant

		Instant asOf = LocalDateTime.of(2024, 2, 15, 17, 0).atZone(FollowupClock.ZONE).toInstant();
		ReportFilter filter = new ReportFilter(null, null, null, directive.id().value(), null);
		FollowupReport report = this.reports.report(filter, asOf, this.w.clerk);
		assertThat(report.total()).isEqualTo(new Counts(3, 1, 3, 1, 6));
		assertThat(report.total().overdueRate()).isEqualByComparingTo(new BigDecimal("42.9")); // 3/7
		assertThat(report.total().lateRate()).isEqualByComparingTo(new BigDecimal("66.7")); // 4/6
		assertThat(report.byUnit()).extracting(FollowupReport.Row::key, FollowupReport.Row::counts)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(this.w.noiVu.value(), new Counts(2, 1, 3, 1, 5)),
					org.assertj.core.groups.Tuple.tuple(this.w.vanHoa.value(), new Counts(1, 0, 0, 0, 1)));
		assertThat(report.byMonth()).extracting(FollowupReport.MonthRow::month, FollowupReport.MonthRow::counts)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 1), new Counts(1, 1, 1, 0, 3)),
					org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 2), new Counts(2, 0, 2, 1, 3)));
		assertThat(report.byDirective()).singleElement()
			.satisfies((r) -> assertThat(r.counts()).isEqualTo(report.total()));
		assertThat(report.tasks()).hasSize(8);

		// On 31/01 the task due that day and done 01/02 is not yet due; on 01/02 it is
		// late.
		Instant jan31 = LocalDateTime.of(2024, 1, 31, 17, 0).atZone(FollowupClock.ZONE).toInstant();
		assertThat(category(this.reports.report(filter, jan31, this.w.clerk), lateJan))
			.isEqualTo(Category.OPEN_NOT_DUE);
		Instant feb1 = LocalDateTime.of(2024, 2, 1, 17, 0).atZone(FollowupClock.ZONE).toInstant();
		assertThat(category(this.reports.report(filter, feb1, this.w.clerk), lateJan)).isEqualTo(Category.DONE_LATE);

		// Period filter: January's due dates only.
		FollowupReport january = this.reports.report(new ReportFilter(LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 1, 31), null, directive.id().value(), null), asOf, this.w.clerk);
		assertThat(january.total()).isEqualTo(new Counts(1, 1, 1, 0, 3));
		// Unit filter.
		assertThat(this.reports
			.report(new ReportFilter(null, null, this.w.vanHoa, directive.id().value(), this.w.huyen), asOf,
					this.w.clerk)
			.total()).isEqualTo(new Counts(1, 0, 0, 0, 1));
	}

	@Test
	void aUnitSeesOnlyItsOwnTasksUnlessItGaveThem() {
		Document directive = this.w.directive(this.documents, "Chỉ thị phân công.", LocalDate.of(2024, 1, 15));
		FollowupTask forNoiVu = task(directive, this.w.noiVu, 2024, 2, 7);
		FollowupTask forVanHoa = task(directive, this.w.vanHoa, 2024, 2, 7);
		Instant asOf = LocalDateTime.of(2024, 2, 1, 12, 0).atZone(FollowupClock.ZONE).toInstant();
		ReportFilter filter = new ReportFilter(null, null, null, directive.id().value(), null);

		assertThat(lines(this.reports.report(filter, asOf, this.w.noiVuStaff))).containsExactly(forNoiVu.id());
		assertThat(lines(this.reports.report(filter, asOf, this.w.vanHoaHead))).containsExactly(forVanHoa.id());
		assertThat(lines(this.reports.report(filter, asOf, this.w.clerk))).containsExactly(forNoiVu.id(),
				forVanHoa.id());
		assertThat(lines(this.reports.report(filter, asOf, this.w.chairman))).hasSize(2);
		// the administrator may not open this directive: its tasks are not theirs to see
		// (ADR 0008)
		assertThat(lines(this.reports.report(filter, asOf, "admin"))).isEmpty();
		assertThat(lines(this.reports.report(filter, asOf, this.w.outsider))).isEmpty();

		assertThatThrownBy(() -> this.followup.get(forVanHoa.id(), this.w.noiVuStaff))
			.hasMessageContaining("Không tìm thấy nhiệm vụ");
		assertThat(this.followup.tasksOf(directive.id(), this.w.noiVuHead)).extracting(FollowupTask::id)
			.containsExactly(forNoiVu.id());
	}

	private List<FollowupTaskId> lines(FollowupReport report) {
		return report.tasks().stream().map((l) -> l.task().id()).toList();
	}

	private static Category category(FollowupReport report, FollowupTask task) {
		return report.tasks()
			.stream()
			.filter((l) -> l.task().id().equals(task.id()))
			.findFirst()
			.orElseThrow()
			.category();
	}

	private FollowupTask task(Document directive, UnitCode lead, int y, int m, int d) {
		return this.followup
			.confirm(directive.id(), null, List.of(new TaskRequest(lead, Set.of(), "Nhiệm vụ hạn " + d + "/" + m,
					LocalDate.of(y, m, d), null, null, null, null)), this.w.clerk)
			.get(0);
	}

	private void done(FollowupTask task, int y, int m, int d) {
		at(y, m, d);
		String head = task.leadUnit().equals(this.w.noiVu) ? this.w.noiVuHead : this.w.vanHoaHead;
		this.followup.reportCompletion(task.id(), "Đã hoàn thành.", List.of(), head);
		this.followup.accept(task.id(), this.w.clerk);
	}

	private static TaskRequest request(ProposedAssignment p, UnitCode lead, Set<UnitCode> co) {
		return new TaskRequest(lead, co, p.task(), null, p.deadline(), p.recurrence(), p.assigneeAsWritten(),
				p.passage());
	}

	private void at(int year, int month, int day) {
		this.clock.fix(LocalDateTime.of(year, month, day, 9, 0).atZone(FollowupClock.ZONE).toInstant());
	}

	private static String fixture() throws IOException {
		try (InputStream in = FollowupIntegrationTests.class
			.getResourceAsStream("/followup/chi-thi-cai-cach-hanh-chinh.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
