package vn.vanthu.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;
import vn.vanthu.approval.ApprovalCase;
import vn.vanthu.approval.ApprovalStatus;
import vn.vanthu.approval.Approvals;
import vn.vanthu.approval.Capacity;
import vn.vanthu.approval.IssueRequest;
import vn.vanthu.approval.Outcome;
import vn.vanthu.approval.StartApproval;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.dissemination.Dispatch;
import vn.vanthu.dissemination.DispatchStatus;
import vn.vanthu.dissemination.Disseminations;
import vn.vanthu.dissemination.Receipt;
import vn.vanthu.dissemination.RecipientChoice;
import vn.vanthu.dissemination.RecipientStatus;
import vn.vanthu.drafting.Disposition;
import vn.vanthu.drafting.Draft;
import vn.vanthu.drafting.DraftStatus;
import vn.vanthu.drafting.Drafts;
import vn.vanthu.drafting.OpenRound;
import vn.vanthu.drafting.RequestStatus;
import vn.vanthu.drafting.Round;
import vn.vanthu.drafting.RoundStatus;
import vn.vanthu.drafting.Rounds;
import vn.vanthu.text.Urgency;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drafting, approval and dissemination pages, notifications and "Việc cần làm" speak
 * English under {@code ?lang=en} (labels, statuses, buttons and the pages' own flash
 * messages) and keep their Vietnamese without it. Labels are checked as whole element
 * texts ({@code >label<}), so that the users' data (subjects, history, names) does not
 * count.
 */
@VanthuIntegrationTest
class EnglishPagesTests {

	static final String TEXT = "ỦY BAN NHÂN DÂN\nXÃ BA TIÊU\nSố: /TB-UBND\nTHÔNG BÁO\nVề việc thử trang tiếng Anh\n"
			+ "Nội dung thông báo.\nNơi nhận:\n- Ủy ban MTTQ Việt Nam xã;\n- Đoàn Thanh niên xã;\n"
			+ "- Báo Quảng Ngãi;\n- Lưu: VT, VP.\n";

	@LocalServerPort
	int port;

	@Autowired
	Drafts drafts;

	@Autowired
	Rounds rounds;

	@Autowired
	Approvals approvals;

	@Autowired
	Disseminations disseminations;

	@Autowired
	MessageSource messages;

	/** A session that asked for English (the choice stays in its cookie). */
	WebSession english(String user) {
		return WebSession.loginInEnglish(this.port, user);
	}

	/** A session that never chose a language: Vietnamese. */
	WebSession vietnamese(String user) {
		return WebSession.login(this.port, user, "demo");
	}

	static String page(WebSession session, String path) {
		HttpResponse<String> response = session.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	/**
	 * The page in English has the English labels and none of the Vietnamese ones; the
	 * same page in a Vietnamese session the other way round.
	 */
	static void speaks(String path, WebSession en, WebSession vi, List<String> english, List<String> vietnamese) {
		String enPage = page(en, path + (path.contains("?") ? "&" : "?") + "lang=en");
		assertThat(enPage).as(path + " in English").contains("lang=\"en\"");
		for (String label : english) {
			assertThat(enPage).as(path + " in English").contains(element(label));
		}
		for (String label : vietnamese) {
			assertThat(enPage).as(path + " in English").doesNotContain(element(label));
		}
		String viPage = page(vi, path);
		assertThat(viPage).as(path + " in Vietnamese").contains("lang=\"vi\"");
		for (String label : vietnamese) {
			assertThat(viPage).as(path + " in Vietnamese").contains(element(label));
		}
		for (String label : english) {
			assertThat(viPage).as(path + " in Vietnamese").doesNotContain(element(label));
		}
	}

	/** A label as the whole text of an element, escaped as Thymeleaf writes it. */
	static String element(String label) {
		return ">" + label.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;") + "<";
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	@Test
	void draftingPages() {
		String subject = "Kế hoạch trang tiếng Anh " + System.nanoTime();
		Draft draft = this.drafts.create("chuyenvien", subject, "KH", null, "du-thao-lan-01.pdf",
				new ByteArrayInputStream(("%PDF-1.4 " + subject).getBytes(StandardCharsets.UTF_8)));
		Round round = this.rounds.open(draft.id(), "chuyenvien", new OpenRound(List.of("truongban1", "truongban2"),
				Instant.now().plus(Duration.ofDays(5)), "P1D", "Đề nghị góp ý."));
		WebSession drafterEn = english("chuyenvien");
		WebSession drafterVi = vietnamese("chuyenvien");

		speaks("/drafts", drafterEn, drafterVi, List.of("Drafts", "New draft", "Create draft", "Plan (KH)"),
				List.of("Dự thảo", "Tạo dự thảo mới", "Tạo dự thảo", "Kế hoạch (KH)", "Loại văn bản"));
		speaks("/drafts/" + draft.id().value(), drafterEn, drafterVi,
				List.of("Being drafted", "Draft versions", "Draft version 01", "Comment rounds", "Round 01",
						"Collecting comments", "Request comments", "Submit for approval", "History"),
				List.of("Đang dự thảo", "Các lần dự thảo", "Dự thảo lần 01", "Các vòng góp ý", "Vòng 01",
						"Đang lấy ý kiến", "Gửi xin ý kiến", "Trình duyệt", "Lịch sử", "Hạn góp ý"));
		speaks("/drafts/rounds/" + round.id().value(), drafterEn, drafterVi,
				List.of("Comment round 01 · Draft version 01", "Comment deadline:", "Not answered",
						"Asked for comments", "Extend", "Close the comment round now"),
				List.of("Vòng góp ý 01 · Dự thảo lần 01", "Hạn góp ý:", "Chưa trả lời", "Người được xin ý kiến",
						"Gia hạn", "Kết thúc vòng góp ý ngay"));

		WebSession commenterEn = english("truongban1");
		WebSession commenterVi = vietnamese("truongban1");
		String answer = "/drafts/rounds/" + round.id().value() + "/answer";
		speaks(answer, commenterEn, commenterVi,
				List.of("Comment on a draft", "Draft version 01", "View the draft", "Your comments", "Send comments",
						"Agree, no comments"),
				List.of("Góp ý dự thảo", "Dự thảo lần 01", "Xem dự thảo", "Nội dung góp ý", "Gửi ý kiến",
						"Thống nhất, không có ý kiến"));

		// the controller's flash message and the status follow the language too
		String form = page(commenterEn, answer);
		HttpResponse<String> sent = commenterEn.postForm(answer,
				"text=" + enc("Comments in English") + "&_csrf=" + enc(WebSession.csrfToken(form)));
		assertThat(sent.statusCode()).isEqualTo(302);
		String after = page(commenterEn, answer);
		assertThat(after).contains(element("Saved."), element("You answered at"), element("Commented"))
			.doesNotContain(element("Đã lưu."), element("Đã góp ý"));
		assertThat(page(commenterVi, answer)).contains(element("Bạn đã trả lời lúc"), element("Đã góp ý"));
		assertThat(page(drafterEn, "/drafts/rounds/" + round.id().value())).contains(element("Commented"))
			.doesNotContain(element("Đã góp ý"));

		// the other commenter's tasks (still open) and notifications
		WebSession otherEn = english("truongban2");
		WebSession otherVi = vietnamese("truongban2");
		String tasks = page(otherEn, "/tasks?lang=en");
		assertThat(tasks).contains(element("My tasks"), element("Comment on the draft"),
				element("Comment round on a draft"));
		assertThat(tasks).doesNotContain(element("Việc cần làm"), element("Góp ý dự thảo"),
				element("Vòng góp ý dự thảo"), element("Quy trình"));
		assertThat(page(otherVi, "/tasks")).contains(element("Việc cần làm"), element("Góp ý dự thảo"),
				element("Vòng góp ý dự thảo"), element("Quy trình"));

		String notificationsEn = page(otherEn, "/notifications?lang=en");
		assertThat(notificationsEn).contains(element("Notifications")).containsPattern(">\\(\\d+ unread\\)<");
		assertThat(notificationsEn).doesNotContain("chưa đọc)<", element("Thông báo"), element("Thời gian"),
				element("Nội dung"), element("Đánh dấu đã đọc tất cả"), element("Bạn chưa có thông báo nào."));
		String notificationsVi = page(otherVi, "/notifications");
		assertThat(notificationsVi).contains(element("Thông báo")).containsPattern(">\\(\\d+ chưa đọc\\)<");
		assertThat(notificationsVi).doesNotContain(element("Notifications"), " unread)<");
	}

	@Test
	void approvalDispatchAndReceiptPages() {
		String subject = "Thông báo trang tiếng Anh " + System.nanoTime();
		ApprovalCase c = this.approvals.start(
				new StartApproval(UnitCode.of("XA-BATIEU"), "TB", subject, "chuyenvien", null, null, null, TEXT, null));
		String approval = "/approvals/" + c.id().value();
		WebSession reviewerEn = english("chanhvanphong");
		WebSession reviewerVi = vietnamese("chanhvanphong");
		speaks(approval, reviewerEn, reviewerVi,
				List.of("Approval:", "Status:", "In review", "Number:", "(no number yet)", "(waiting)",
						"Earlier decisions", "Approve", "Return for revision"),
				List.of("Trình duyệt:", "Trạng thái:", "Đang trình duyệt", "Số, ký hiệu:", "(chưa cấp số)",
						"(đang chờ)", "Các quyết định trước", "Đồng ý", "Trả lại chỉnh sửa"));
		HttpResponse<String> decided = reviewerEn.postForm(approval + "/decide",
				"outcome=APPROVE&_csrf=" + enc(WebSession.csrfToken(page(reviewerEn, approval))));
		assertThat(decided.statusCode()).isEqualTo(302);
		assertThat(page(reviewerEn, approval)).contains(element("Recorded."), element("Approve"))
			.doesNotContain(element("Đã ghi nhận."));

		this.approvals.decide(c.id(), "chutich", Outcome.APPROVE, null, "TM.");
		this.approvals.issue(c.id(), "vanthu", new IssueRequest(null, null, false, null, null));
		assertThat(this.approvals.get(c.id()).status()).isEqualTo(ApprovalStatus.ISSUED);
		WebSession clerkEn = english("vanthu");
		WebSession clerkVi = vietnamese("vanthu");
		speaks(approval, clerkEn, clerkVi, List.of("Issued", "TM. (on behalf of the collective body)", "Decided by"),
				List.of("Đã ban hành", "TM.", "Người quyết định"));

		Dispatch d = this.disseminations.dispatchesOf(c.documentId()).get(0);
		String dispatch = "/dispatches/" + d.id();
		speaks(dispatch, clerkEn, clerkVi,
				List.of("Sending:", "Awaiting confirmation of recipients", "Confirm the recipients", "No matching unit",
						"— outside recipient —", "E-mail", "Confirm and send"),
				List.of("Gửi văn bản:", "Chờ xác nhận nơi nhận", "Xác nhận nơi nhận", "Chưa khớp đơn vị",
						"— nơi nhận ngoài —", "Thư điện tử", "Xác nhận và gửi"));
		this.disseminations.confirm(d.id(), "vanthu",
				List.of(new RecipientChoice("Ủy ban MTTQ Việt Nam xã", "XA-BATIEU-MTTQ", null),
						new RecipientChoice("Đoàn Thanh niên xã", "XA-BATIEU-DTN", null),
						new RecipientChoice("Báo Quảng Ngãi", null, "EMAIL")));
		speaks(dispatch, clerkEn, clerkVi,
				List.of("Sent", "Receipt status", "Recipient", "Awaiting receipt", "Outside the system (E-mail)",
						"Reason for the recall", "Recall the document"),
				List.of("Đã gửi", "Tình hình tiếp nhận", "Nơi nhận", "Chờ tiếp nhận", "Ngoài hệ thống (Thư điện tử)",
						"Lý do thu hồi", "Thu hồi văn bản"));
		speaks("/dispatches?unit=XA-BATIEU", clerkEn, clerkVi,
				List.of("Documents sent", "Recipients in the system", "Outside recipients"),
				List.of("Văn bản đã gửi", "Nơi nhận trong hệ thống", "Nơi nhận ngoài"));
		speaks("/registers/outgoing?unit=XA-BATIEU", clerkEn, clerkVi,
				List.of("Outgoing documents register", "Type and subject", "Signed by", "Recipients"),
				List.of("Sổ văn bản đi", "Tên loại và trích yếu", "Người ký", "Nơi nhận"));

		Receipt mttq = this.disseminations.receiptsFor(d.id(), "vanthu")
			.stream()
			.filter((r) -> "XA-BATIEU-MTTQ".equals(r.unitCode()))
			.findFirst()
			.orElseThrow();
		String receipt = "/receipts/" + mttq.id();
		WebSession recipientEn = english("truongban1");
		WebSession recipientVi = vietnamese("truongban1");
		speaks(receipt, recipientEn, recipientVi,
				List.of("Incoming document:", "Sender:", "Receiving unit:", "Awaiting receipt", "View the document",
						"Receive the incoming document"),
				List.of("Văn bản đến:", "Nơi gửi:", "Đơn vị nhận:", "Chờ tiếp nhận", "Xem văn bản",
						"Tiếp nhận văn bản đến"));
		HttpResponse<String> acknowledged = recipientEn.postForm(receipt + "/acknowledge",
				"_csrf=" + enc(WebSession.csrfToken(page(recipientEn, receipt))));
		assertThat(acknowledged.statusCode()).isEqualTo(302);
		assertThat(page(recipientEn, receipt))
			.contains(element("Incoming document received."), element("Received by"), element("Received"))
			.doesNotContain(element("Đã tiếp nhận văn bản đến."), element("Đã tiếp nhận bởi"));
		speaks("/registers/incoming?unit=XA-BATIEU-MTTQ", recipientEn, recipientVi,
				List.of("Incoming documents register", "Incoming no.", "Handling unit", "Export XLSX"),
				List.of("Sổ văn bản đến", "Số đến", "Đơn vị xử lý", "Xuất XLSX"));
		assertThat(this.disseminations.receipt(mttq.id()).status()).isEqualTo(RecipientStatus.ACKNOWLEDGED);
	}

	/**
	 * The Vietnamese keys of enum labels say what the enums say, and every Vietnamese key
	 * has an English text.
	 */
	@Test
	void enumKeysMatchTheirLabelsAndEveryKeyIsTranslated() throws IOException {
		Locale vi = Locale.forLanguageTag("vi");
		labels("drafting.status.", DraftStatus.values(), DraftStatus::label, vi);
		labels("drafting.roundStatus.", RoundStatus.values(), RoundStatus::label, vi);
		labels("drafting.requestStatus.", RequestStatus.values(), RequestStatus::label, vi);
		labels("drafting.disposition.", Disposition.values(), Disposition::label, vi);
		labels("approval.status.", ApprovalStatus.values(), ApprovalStatus::label, vi);
		labels("approval.outcome.", Outcome.values(), Outcome::label, vi);
		labels("approval.urgency.", Urgency.values(), Urgency::label, vi);
		labels("approval.capacity.",
				java.util.Arrays.stream(Capacity.values())
					.filter((x) -> x != Capacity.IN_PERSON)
					.toArray(Capacity[]::new),
				Capacity::mark, vi);
		labels("dissemination.dispatchStatus.", DispatchStatus.values(), DispatchStatus::label, vi);
		labels("dissemination.recipientStatus.", RecipientStatus.values(), RecipientStatus::label, vi);

		Properties vietnamese = properties("messages.properties");
		Properties english = properties("messages_en.properties");
		assertThat(english.stringPropertyNames()).containsAll(vietnamese.stringPropertyNames());
	}

	private <E extends Enum<E>> void labels(String prefix, E[] values, Function<E, String> label, Locale vi) {
		for (E value : values) {
			assertThat(this.messages.getMessage(prefix + value.name(), null, vi)).as(prefix + value.name())
				.isEqualTo(label.apply(value));
			assertThat(this.messages.getMessage(prefix + value.name(), null, Locale.ENGLISH)).as(prefix + value.name())
				.isNotBlank()
				.isNotEqualTo(label.apply(value));
		}
	}

	private static Properties properties(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
