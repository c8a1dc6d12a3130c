package vn.vanthu.approval;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.document.Documents;
import vn.vanthu.document.StoredFile;
import vn.vanthu.document.StoredFiles;
import vn.vanthu.drafting.DraftSubmittedForApproval;
import vn.vanthu.platform.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A draft submitted after its rounds enters its approval chain, with its text extracted.
 */
@VanthuIntegrationTest
class DraftSubmissionIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	StoredFiles files;

	@Autowired
	Documents documents;

	@Autowired
	Approvals approvals;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void submittedDraftStartsTheChainOfItsIssuer() {
		long draftId = System.nanoTime();
		String subject = "Kế hoạch tuyên truyền cải cách hành chính " + draftId;
		StoredFile file = this.files
			.store(new ByteArrayInputStream(("ỦY BAN NHÂN DÂN\nXÃ BA TIÊU\n\nKẾ HOẠCH\n" + subject
					+ "\n\nNơi nhận:\n- Ủy ban MTTQ Việt Nam xã;\n- Lưu: VT.\n")
				.getBytes(StandardCharsets.UTF_8)));

		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(
				new DraftSubmittedForApproval(draftId, subject, "KH", "XA-BATIEU", "chuyenvien", 2, file.sha256())));

		long caseId = this.jdbc.sql("select id from approval_case where draft_ref = ?")
			.param("draft:" + draftId)
			.query(Long.class)
			.single();
		ApprovalCase started = this.approvals.get(new ApprovalId(caseId));
		assertThat(started.status()).isEqualTo(ApprovalStatus.IN_REVIEW);
		assertThat(started.subject()).isEqualTo(subject);
		assertThat(this.documents.text(started.documentId())).get().asString().contains("Nơi nhận");
		assertThat(this.tasks.createTaskQuery().taskCandidateUser("chanhvanphong").initializeFormKeys().list())
			.anySatisfy((t) -> assertThat(t.getFormKey()).isEqualTo("/approvals/" + caseId));
	}

	@Test
	void aDraftWithoutAChainIsRefusedWithTheReason() {
		long draftId = System.nanoTime();
		assertThatThrownBy(() -> this.transactions
			.executeWithoutResult((tx) -> this.events.publishEvent(new DraftSubmittedForApproval(draftId,
					"Báo cáo " + draftId, "BC", "XA-BATIEU-CA", "chuyenvien", 1, null))))
			.isInstanceOfSatisfying(Problem.class,
					(p) -> assertThat(p.getMessage()).contains("Chưa cấu hình quy trình duyệt"));
		assertThat(this.jdbc.sql("select count(*) from approval_case where draft_ref = ?")
			.param("draft:" + draftId)
			.query(Long.class)
			.single()).isZero();
	}

}
