package vn.vanthu.dissemination;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.approval.ApprovalCase;
import vn.vanthu.approval.Approvals;
import vn.vanthu.approval.IssueRequest;
import vn.vanthu.approval.OutgoingEntry;
import vn.vanthu.approval.Outcome;
import vn.vanthu.approval.StartApproval;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.DocumentAccess;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.document.Documents;
import vn.vanthu.platform.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks {@code dissemination.bpmn}: recipients proposed from the text, confirmed by the
 * clerk, delivered into two units' incoming registers, acknowledged by one, the other's
 * receipt overdue (timer executed explicitly), and recall; with the denials.
 */
@VanthuIntegrationTest
class DisseminationProcessTests {

	static final String TEXT = "ỦY BAN NHÂN DÂN\nXÃ BA TIÊU\nSố: /TB-UBND\nTHÔNG BÁO\nVề việc thử gửi\n"
			+ "Nội dung thông báo.\nNơi nhận:\n- Ủy ban MTTQ Việt Nam xã;\n- Đoàn Thanh niên xã;\n"
			+ "- Báo Quảng Ngãi;\n- Lưu: VT, VP.\n";

	@Autowired
	Approvals approvals;

	@Autowired
	Disseminations disseminations;

	@Autowired
	Documents documents;

	@Autowired
	DocumentAccess access;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	Dispatch issued(String subject) {
		ApprovalCase c = this.approvals.start(
				new StartApproval(UnitCode.of("XA-BATIEU"), "TB", subject, "chuyenvien", null, null, null, TEXT, null));
		this.approvals.decide(c.id(), "chanhvanphong", Outcome.APPROVE, null, null);
		this.approvals.decide(c.id(), "chutich", Outcome.APPROVE, null, "TM.");
		OutgoingEntry entry = this.approvals.issue(c.id(), "vanthu", new IssueRequest(null, null, false, null, null));
		assertThat(entry.number()).endsWith("/TB-UBND");
		List<Dispatch> dispatches = this.disseminations.dispatchesOf(c.documentId());
		assertThat(dispatches).hasSize(1);
		return dispatches.get(0);
	}

	@Test
	void deliveredAcknowledgedOverdueAndRecalled() {
		Dispatch d = issued("Thông báo thử gửi " + System.nanoTime());
		List<Receipt> proposed = this.disseminations.receiptsFor(d.id(), "vanthu");
		assertThat(proposed).extracting(Receipt::unitCode).containsExactly("XA-BATIEU-MTTQ", "XA-BATIEU-DTN", null);
		assertThat(proposed.get(2).label()).isEqualTo("Báo Quảng Ngãi");

		// the receiving units may not confirm the sender's list
		assertThatThrownBy(() -> this.disseminations.confirm(d.id(), "truongban1", List.of()))
			.isInstanceOf(Problem.class)
			.extracting((e) -> ((Problem) e).slug())
			.isEqualTo("dispatch-not-clerk");
		assertThatThrownBy(() -> this.disseminations.confirm(d.id(), "vanthu",
				List.of(new RecipientChoice("Báo Quảng Ngãi", null, null))))
			.isInstanceOf(Problem.class)
			.extracting((e) -> ((Problem) e).slug())
			.isEqualTo("recipient-channel-required");

		this.disseminations.confirm(d.id(), "vanthu",
				List.of(new RecipientChoice("Ủy ban MTTQ Việt Nam xã", "XA-BATIEU-MTTQ", null),
						new RecipientChoice("Đoàn Thanh niên xã", "XA-BATIEU-DTN", null),
						new RecipientChoice("Báo Quảng Ngãi", null, "EMAIL")));
		List<Receipt> receipts = this.disseminations.receiptsFor(d.id(), "vanthu");
		assertThat(receipts).extracting(Receipt::status)
			.containsExactly(RecipientStatus.DELIVERED, RecipientStatus.DELIVERED, RecipientStatus.SENT);
		Receipt mttq = receipts.get(0);
		Receipt dtn = receipts.get(1);
		assertThat(mttq.incomingId()).isNotNull();
		assertThat(mttq.dueAt()).isNotNull();

		// each recipient's clerk (here its head: no văn thư) has a task due by the next
		// working day
		var task = this.tasks.createTaskQuery()
			.taskCandidateUser("truongban1")
			.taskName("Tiếp nhận văn bản đến")
			.initializeFormKeys()
			.list()
			.stream()
			.filter((t) -> ("/receipts/" + mttq.id()).equals(t.getFormKey()))
			.findFirst()
			.orElseThrow();
		assertThat(task.getDueDate().toInstant()).isEqualTo(mttq.dueAt());
		var document = this.documents.get(new vn.vanthu.document.DocumentId(d.documentId()));
		assertThat(this.access.canRead(document, this.access.readerOf("truongban1"))).isTrue();
		assertThat(this.access.canRead(document, this.access.readerOf("truongban3"))).isFalse();

		// a unit sees only what it sent or received
		assertThatThrownBy(() -> this.disseminations.receiptsFor(d.id(), "truongban1")).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> this.disseminations.receiptFor(mttq.id(), "truongban2")).isInstanceOf(Problem.class);
		assertThat(this.disseminations.receiptFor(mttq.id(), "truongban1").id()).isEqualTo(mttq.id());
		assertThatThrownBy(() -> this.disseminations.acknowledge(mttq.id(), "truongban2")).isInstanceOf(Problem.class)
			.extracting((e) -> ((Problem) e).slug())
			.isEqualTo("receipt-not-clerk");

		Receipt acknowledged = this.disseminations.acknowledge(mttq.id(), "truongban1");
		assertThat(acknowledged.status()).isEqualTo(RecipientStatus.ACKNOWLEDGED);
		assertThat(acknowledged.acknowledgedBy()).isEqualTo("truongban1");
		assertThat(acknowledged.acknowledgedAt()).isNotNull();
		assertThat(acknowledged.overdue()).isFalse();

		// the other receipt passes its due time: the timer flags it for the sender
		String pid = this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey("dispatch-" + d.id())
			.singleResult()
			.getId();
		List<Job> timers = this.management.createJobQuery().processInstanceId(pid).timers().list();
		assertThat(timers).hasSize(1);
		this.management.executeJob(timers.get(0).getId());
		assertThat(this.disseminations.receipt(dtn.id()).overdue()).isTrue();
		assertThat(this.disseminations.receipt(dtn.id()).status()).isEqualTo(RecipientStatus.DELIVERED);

		// recall: recipients see it withdrawn, the sender's copy is frozen
		assertThatThrownBy(() -> this.disseminations.recall(d.id(), "truongban2", "Sai nội dung"))
			.isInstanceOf(Problem.class);
		assertThatThrownBy(() -> this.disseminations.recall(d.id(), "vanthu", " ")).isInstanceOf(Problem.class);
		Dispatch recalled = this.disseminations.recall(d.id(), "vanthu", "Sai nội dung, ban hành văn bản thay thế");
		assertThat(recalled.status()).isEqualTo(DispatchStatus.RECALLED);
		assertThat(this.disseminations.receiptsFor(d.id(), "vanthu")).extracting(Receipt::status)
			.containsOnly(RecipientStatus.WITHDRAWN);
		assertThat(this.documents.get(new vn.vanthu.document.DocumentId(d.documentId())).status())
			.isEqualTo(DocumentStatus.WITHDRAWN);
		assertThat(this.disseminations.incoming(UnitCode.of("XA-BATIEU-DTN"), java.time.LocalDate.now().getYear(),
				"truongban2"))
			.filteredOn((e) -> e.documentId() == d.documentId())
			.singleElement()
			.satisfies((e) -> assertThat(e.withdrawn()).isTrue());
		// the recall event sub-process ended the instance (the engine reports the
		// sub-process as its end)
		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceId(pid).finished().count())
			.isEqualTo(1);
		assertThat(this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(pid)
			.activityId("EndEvent_Recalled")
			.finished()
			.count()).isEqualTo(1);
		assertThat(this.tasks.createTaskQuery().processInstanceId(pid).count()).isZero();
	}

	@Test
	void allAcknowledgedEndsTheDispatch() {
		Dispatch d = issued("Thông báo thử tiếp nhận " + System.nanoTime());
		this.disseminations.confirm(d.id(), "vanthu",
				List.of(new RecipientChoice("Đoàn Thanh niên xã", "XA-BATIEU-DTN", null)));
		Receipt r = this.disseminations.receiptsFor(d.id(), "vanthu").get(0);
		this.disseminations.acknowledge(r.id(), "truongban2");
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey("dispatch-" + d.id())
			.singleResult()
			.getEndActivityId()).isEqualTo("EndEvent_Delivered");
		assertThat(this.disseminations.incoming(UnitCode.of("XA-BATIEU-DTN"), java.time.LocalDate.now().getYear(),
				"truongban2"))
			.anyMatch((e) -> e.documentId() == d.documentId() && e.seq() > 0 && !e.withdrawn());
	}

}
