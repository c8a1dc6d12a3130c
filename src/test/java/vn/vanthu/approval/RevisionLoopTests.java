package vn.vanthu.approval;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.Documents;
import vn.vanthu.document.StoredFiles;
import vn.vanthu.platform.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The return/resubmit loop of {@code approval.bpmn} with versions (ADR 0016): returned
 * twice, resubmitted once with a revised file and once with a note alone; each decision
 * names the version it saw, the reviewer reads what changed, and what is signed and
 * issued is the latest version.
 */
@VanthuIntegrationTest
class RevisionLoopTests {

	static final String V1 = "ỦY BAN NHÂN DÂN\nXÃ BA TIÊU\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n"
			+ "Điều 1. Thành lập Tổ công tác chuyển đổi số.\nĐiều 2. Tổ công tác có 5 thành viên.\n"
			+ "Điều 3. Quyết định có hiệu lực từ ngày ký.\n";

	static final String V2 = V1.replace("có 5 thành viên", "có 7 thành viên")
		.replace("Điều 3.", "Điều 3. Kinh phí từ ngân sách xã.\nĐiều 4.");

	@Autowired
	Approvals approvals;

	@Autowired
	Revisions revisions;

	@Autowired
	Documents documents;

	@Autowired
	StoredFiles files;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	ApprovalCase submitWithFile(String subject) {
		var file = this.files.store(new ByteArrayInputStream((V1 + subject).getBytes(StandardCharsets.UTF_8)));
		return this.approvals.start(new StartApproval(UnitCode.of("XA-BATIEU"), "QĐ", subject, "chuyenvien", null,
				file.sha256(), "du-thao-lan-1.txt", V1 + subject, null));
	}

	static Revisions.RevisedFile file(String text, String name) {
		return new Revisions.RevisedFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
	}

	@Test
	void returnedTwiceRevisedThenSignedAndIssuedIsTheLatestVersion() {
		String subject = "Quyết định thành lập tổ " + System.nanoTime();
		ApprovalCase c = submitWithFile(subject);
		assertThat(this.revisions.versions(c.id())).extracting(ApprovalVersion::number).containsExactly(1);
		assertThat(this.revisions.sinceReturn(c.id())).isEmpty();

		this.approvals.decide(c.id(), "chanhvanphong", Outcome.RETURN, "Tổ công tác cần 7 thành viên", null);
		assertThat(this.approvals.allowedOutcomes(c.id(), "chuyenvien")).containsExactly(Outcome.RESUBMIT);
		// only the drafter revises, with a file
		assertThatThrownBy(() -> this.revisions.resubmit(c.id(), "chanhvanphong", file(V2, "x.txt"), null))
			.isInstanceOfSatisfying(Problem.class, (p) -> assertThat(p.slug()).isEqualTo("approval-not-drafter"));
		this.revisions.resubmit(c.id(), "chuyenvien", file(V2 + subject, "du-thao-lan-2.txt"), "Đã sửa số thành viên");

		List<ApprovalVersion> versions = this.revisions.versions(c.id());
		assertThat(versions).extracting(ApprovalVersion::number).containsExactly(1, 2);
		assertThat(versions.get(1).fileName()).isEqualTo("du-thao-lan-2.txt");
		assertThat(versions.get(1).note()).isEqualTo("Đã sửa số thành viên");
		var document = this.documents.get(c.documentId());
		assertThat(document.currentVersion()).isEqualTo(versions.get(1).documentVersion());
		assertThat(this.documents.text(c.documentId())).get().asString().contains("có 7 thành viên");

		TextChanges changes = this.revisions.sinceReturn(c.id()).orElseThrow();
		assertThat(changes.from()).isEqualTo(1);
		assertThat(changes.to()).isEqualTo(2);
		assertThat(changes.changed()).isTrue();
		assertThat(changes.lines()).anySatisfy((l) -> {
			assertThat(l.kind()).isEqualTo(TextChanges.Kind.REMOVED);
			assertThat(l.parts()).contains(new TextChanges.Part("5", true));
		});
		assertThat(changes.lines()).anySatisfy((l) -> {
			assertThat(l.kind()).isEqualTo(TextChanges.Kind.ADDED);
			assertThat(l.parts()).contains(new TextChanges.Part("7", true));
		});
		assertThat(changes.lines()).filteredOn((l) -> l.kind() == TextChanges.Kind.ADDED)
			.anySatisfy((l) -> assertThat(l.parts()).extracting(TextChanges.Part::text)
				.anySatisfy((t) -> assertThat(t).contains("Kinh phí từ ngân sách xã")));

		// the second return sees version 2; a note alone brings no new version
		this.approvals.decide(c.id(), "chanhvanphong", Outcome.RETURN, "Giải trình kinh phí", null);
		this.revisions.resubmit(c.id(), "chuyenvien", null, "Kinh phí đã có trong dự toán");
		assertThat(this.revisions.versions(c.id())).hasSize(2);
		assertThat(this.revisions.sinceReturn(c.id()).orElseThrow().changed()).isFalse();

		this.approvals.decide(c.id(), "chanhvanphong", Outcome.APPROVE, null, null);
		this.approvals.decide(c.id(), "chutich", Outcome.APPROVE, null, null);
		OutgoingEntry entry = this.approvals.issue(c.id(), "vanthu", new IssueRequest(null, null, false, null, null));

		assertThat(this.approvals.decisions(c.id())).extracting(Decision::outcome, Decision::version)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.RETURN, 1),
					org.assertj.core.groups.Tuple.tuple(Outcome.RESUBMIT, 2),
					org.assertj.core.groups.Tuple.tuple(Outcome.RETURN, 2),
					org.assertj.core.groups.Tuple.tuple(Outcome.RESUBMIT, 2),
					org.assertj.core.groups.Tuple.tuple(Outcome.APPROVE, 2),
					org.assertj.core.groups.Tuple.tuple(Outcome.APPROVE, 2),
					org.assertj.core.groups.Tuple.tuple(Outcome.ISSUE, 2));
		var issued = this.documents.get(c.documentId());
		assertThat(issued.number()).isEqualTo(entry.number());
		assertThat(issued.currentVersion()).isEqualTo(versions.get(1).documentVersion());
		assertThat(this.documents.text(c.documentId())).get().asString().contains("có 7 thành viên");
		assertThat(this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(this.history.createHistoricProcessInstanceQuery()
				.processInstanceBusinessKey("approval-" + c.id())
				.singleResult()
				.getId())
			.activityId("Task_Revise")
			.count()).isEqualTo(2);
		assertThat(this.tasks.createTaskQuery().processInstanceBusinessKey("approval-" + c.id()).count()).isZero();
	}

	@Test
	void anEmptyFileIsRefusedAndTheCaseStaysReturned() {
		ApprovalCase c = submitWithFile("Quyết định tệp rỗng " + System.nanoTime());
		this.approvals.decide(c.id(), "chanhvanphong", Outcome.RETURN, "Sửa", null);
		assertThatThrownBy(() -> this.revisions.resubmit(c.id(), "chuyenvien", file("", "rong.txt"), null))
			.isInstanceOfSatisfying(Problem.class, (p) -> assertThat(p.slug()).isEqualTo("revision-empty"));
		assertThat(this.approvals.get(c.id()).status()).isEqualTo(ApprovalStatus.RETURNED);
		assertThat(this.revisions.versions(c.id())).hasSize(1);
	}

	@Test
	void changesFoldUnchangedLinesAndMarkChangedWords() {
		String before = String.join("\n", "a", "b", "c", "d", "e", "f", "g", "Tổ có 5 thành viên", "h");
		String after = before.replace("5 thành viên", "7 thành viên");
		TextChanges changes = TextChanges.between(1, before, 2, after);
		assertThat(changes.lines().get(0).kind()).isEqualTo(TextChanges.Kind.FOLDED);
		assertThat(changes.lines().get(0).folded()).isEqualTo(5);
		assertThat(changes.lines()).extracting(TextChanges.Line::kind)
			.containsExactly(TextChanges.Kind.FOLDED, TextChanges.Kind.SAME, TextChanges.Kind.SAME,
					TextChanges.Kind.REMOVED, TextChanges.Kind.ADDED, TextChanges.Kind.SAME);
		assertThat(changes.lines().get(4).parts()).containsExactly(new TextChanges.Part("Tổ có ", false),
				new TextChanges.Part("7", true), new TextChanges.Part(" thành viên", false));
		assertThat(TextChanges.between(1, before, 2, before).changed()).isFalse();
	}

}
