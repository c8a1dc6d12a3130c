package vn.vanthu.approval;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.document.Documents;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.Urgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks every path of {@code approval.bpmn} with the application's engine: approve and
 * issue, return and resubmit (restart from the first step), reject.
 */
@VanthuIntegrationTest
class ApprovalProcessTests {

	@Autowired
	Approvals approvals;

	@Autowired
	Documents documents;

	@Autowired
	Revisions revisions;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	static final String TEXT = "ỦY BAN NHÂN DÂN\nXÃ BA TIÊU\nSố: /QĐ-UBND\nQUYẾT ĐỊNH\nVề việc thử nghiệm\n"
			+ "Nơi nhận:\n- Ủy ban MTTQ Việt Nam xã;\n- Đoàn Thanh niên xã;\n- Lưu: VT, VP.\n";

	ApprovalCase submit(String subject, Urgency urgency) {
		return this.approvals.start(new StartApproval(UnitCode.of("XA-BATIEU"), "QĐ", subject, "chuyenvien", urgency,
				null, null, TEXT, null));
	}

	Task openTask(ApprovalCase c) {
		List<Task> open = this.tasks.createTaskQuery()
			.processInstanceBusinessKey("approval-" + c.id())
			.initializeFormKeys()
			.list();
		assertThat(open).hasSize(1);
		return open.get(0);
	}

	@Test
	void approvedSignedAndIssued() {
		ApprovalCase c = submit("Quyết định thử duyệt " + System.nanoTime(), Urgency.HOA_TOC);
		Task first = openTask(c);
		assertThat(first.getTaskDefinitionKey()).isEqualTo("Task_Decide");
		assertThat(first.getName()).contains("Chánh Văn phòng thẩm tra");
		assertThat(first.getFormKey()).isEqualTo("/approvals/" + c.id());
		// Hỏa tốc: due within the two hours of the setting
		assertThat(first.getDueDate().toInstant()).isBefore(java.time.Instant.now().plusSeconds(2 * 3600 + 60));
		assertThat(this.tasks.createTaskQuery().taskId(first.getId()).taskCandidateUser("chanhvanphong").count())
			.isEqualTo(1);
		assertThat(this.approvals.allowedOutcomes(c.id(), "chutich")).isEmpty();

		this.approvals.decide(c.id(), "chanhvanphong", Outcome.APPROVE, null, null);
		Task sign = openTask(c);
		assertThat(sign.getName()).contains("ký");
		assertThat(this.approvals.allowedOutcomes(c.id(), "phochutich")).contains(Outcome.APPROVE);

		this.approvals.decide(c.id(), "phochutich", Outcome.APPROVE, null, "KT.");
		assertThat(this.approvals.get(c.id()).status()).isEqualTo(ApprovalStatus.SIGNED);
		Task issue = openTask(c);
		assertThat(issue.getTaskDefinitionKey()).isEqualTo("Task_Issue");
		assertThatThrownBy(
				() -> this.approvals.issue(c.id(), "chuyenvien", new IssueRequest(null, null, false, null, null)))
			.isInstanceOf(Problem.class)
			.extracting((e) -> ((Problem) e).slug())
			.isEqualTo("approval-not-clerk");

		OutgoingEntry entry = this.approvals.issue(c.id(), "vanthu", new IssueRequest(null, null, false, null, null));
		assertThat(entry.number()).matches("\\d{2,}/QĐ-UBND");
		assertThat(entry.capacity()).isEqualTo("KT.");
		var document = this.documents.get(this.approvals.get(c.id()).documentId());
		assertThat(document.status()).isEqualTo(DocumentStatus.ISSUED);
		assertThat(document.number()).isEqualTo(entry.number());
		assertThat(this.tasks.createTaskQuery().processInstanceBusinessKey("approval-" + c.id()).count()).isZero();
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey("approval-" + c.id())
			.completed()
			.singleResult()
			.getEndActivityId()).isEqualTo("EndEvent_Issued");
		assertThat(this.approvals.decisions(c.id())).extracting(Decision::outcome)
			.containsExactly(Outcome.APPROVE, Outcome.APPROVE, Outcome.ISSUE);
	}

	@Test
	void returnedRevisedAndResubmittedRestartsTheChain() {
		ApprovalCase c = submit("Quyết định thử trả lại " + System.nanoTime(), null);
		this.approvals.decide(c.id(), "chanhvanphong", Outcome.APPROVE, null, null);
		assertThatThrownBy(() -> this.approvals.decide(c.id(), "chutich", Outcome.RETURN, " ", null))
			.isInstanceOf(Problem.class)
			.extracting((e) -> ((Problem) e).slug())
			.isEqualTo("reason-required");
		this.approvals.decide(c.id(), "chutich", Outcome.RETURN, "Bổ sung căn cứ pháp lý", null);
		Task revise = openTask(c);
		assertThat(revise.getName()).isEqualTo("Chỉnh sửa dự thảo");
		assertThat(revise.getAssignee()).isEqualTo("chuyenvien");
		assertThatThrownBy(() -> this.revisions.resubmit(c.id(), "chanhvanphong", null, null))
			.isInstanceOf(Problem.class);

		this.revisions.resubmit(c.id(), "chuyenvien", null, "Đã bổ sung");
		Task again = openTask(c);
		assertThat(again.getTaskDefinitionKey()).isEqualTo("Task_Decide");
		assertThat(this.approvals.get(c.id()).currentStep()).isEqualTo(1);
		assertThat(this.approvals.decisions(c.id())).extracting(Decision::outcome)
			.containsExactly(Outcome.APPROVE, Outcome.RETURN, Outcome.RESUBMIT);
		assertThat(this.approvals.decisions(c.id()).get(1).reason()).isEqualTo("Bổ sung căn cứ pháp lý");
	}

	@Test
	void rejectedEnds() {
		ApprovalCase c = submit("Quyết định thử không duyệt " + System.nanoTime(), null);
		this.approvals.decide(c.id(), "chanhvanphong", Outcome.REJECT, "Không cần ban hành", null);
		assertThat(this.approvals.get(c.id()).status()).isEqualTo(ApprovalStatus.REJECTED);
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey("approval-" + c.id())
			.completed()
			.singleResult()
			.getEndActivityId()).isEqualTo("EndEvent_Rejected");
		assertThatThrownBy(() -> this.approvals.decide(c.id(), "chanhvanphong", Outcome.APPROVE, null, null))
			.isInstanceOf(Problem.class)
			.extracting((e) -> ((Problem) e).slug())
			.isEqualTo("approval-not-in-review");
	}

	@Test
	void aSignerInTheWrongCapacityIsRefusedAndTheStepStaysOpen() {
		ApprovalCase c = submit("Quyết định thử thẩm quyền " + System.nanoTime(), null);
		this.approvals.decide(c.id(), "chanhvanphong", Outcome.APPROVE, null, null);
		assertThatThrownBy(() -> this.approvals.decide(c.id(), "phochutich", Outcome.APPROVE, null, ""))
			.isInstanceOf(Problem.class)
			.hasMessageContaining("Chỉ người đứng đầu");
		assertThat(openTask(c).getTaskDefinitionKey()).isEqualTo("Task_Decide");
		assertThat(this.approvals.get(c.id()).status()).isEqualTo(ApprovalStatus.IN_REVIEW);
	}

}
