package vn.vanthu.dissemination;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;
import vn.vanthu.approval.ApprovalCase;
import vn.vanthu.approval.Approvals;
import vn.vanthu.approval.IssueRequest;
import vn.vanthu.approval.Outcome;
import vn.vanthu.approval.StartApproval;
import vn.vanthu.directory.UnitCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dissemination pages: the clerk confirms the prefilled Nơi nhận (mapping and marking
 * external), the recipient's clerk acknowledges on the receipt page, the sender sees
 * receipts per recipient with the overdue flag, and the sổ văn bản đến (filter, XLSX);
 * other units get 404.
 */
@VanthuIntegrationTest
class DisseminationPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Approvals approvals;

	@Autowired
	Disseminations disseminations;

	@Autowired
	ManagementService management;

	@Autowired
	org.camunda.bpm.engine.HistoryService history;

	Dispatch issued(String subject) {
		ApprovalCase c = this.approvals.start(new StartApproval(UnitCode.of("XA-BATIEU"), "TB", subject, "chuyenvien",
				null, null, null, DisseminationProcessTests.TEXT, null));
		this.approvals.decide(c.id(), "chanhvanphong", Outcome.APPROVE, null, null);
		this.approvals.decide(c.id(), "chutich", Outcome.APPROVE, null, "TM.");
		this.approvals.issue(c.id(), "vanthu", new IssueRequest(null, null, false, null, null));
		return this.disseminations.dispatchesOf(c.documentId()).get(0);
	}

	/** Logs in through the form and downloads bytes (WebSession reads text only). */
	static byte[] download(int port, String user, String path) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String base = "http://localhost:" + port;
		String login = http
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + user + "&password=demo&_csrf=" + enc(WebSession.csrfToken(login))))
			.build(), HttpResponse.BodyHandlers.discarding());
		HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
		return r.body();
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	@Test
	void clerkConfirmsRecipientsRecipientAcknowledgesSenderSeesReceipts() throws Exception {
		String subject = "Thông báo trang gửi " + System.nanoTime();
		Dispatch d = issued(subject);
		WebSession clerk = WebSession.login(this.port, "vanthu", "demo");
		HttpResponse<String> page = clerk.get("/dispatches/" + d.id());
		assertThat(page.statusCode()).isEqualTo(200);
		// prefilled from the text: two units matched, the newspaper unmatched
		assertThat(page.body()).contains("Xác nhận nơi nhận", "value=\"Đoàn Thanh niên xã\"", "Báo Quảng Ngãi",
				"Chưa khớp đơn vị");
		assertThat(page.body()).containsPattern("<option value=\"XA-BATIEU-DTN\"\\s+selected");

		// other units see nothing of the sender's dispatch
		assertThat(WebSession.login(this.port, "truongban1", "demo").get("/dispatches/" + d.id()).statusCode())
			.isEqualTo(404);

		// an external line without channel is refused with the rule, nothing is sent
		String token = WebSession.csrfToken(page.body());
		HttpResponse<String> refused = clerk.postForm("/dispatches/" + d.id() + "/confirm",
				"label=" + enc("Báo Quảng Ngãi") + "&unit=&channel=&_csrf=" + token);
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(clerk.get("/dispatches/" + d.id()).body()).contains("cần kênh gửi");
		assertThat(this.disseminations.dispatch(d.id()).status()).isEqualTo(DispatchStatus.PREPARING);

		HttpResponse<String> sent = clerk.postForm("/dispatches/" + d.id() + "/confirm",
				"label=" + enc("Ủy ban MTTQ Việt Nam xã") + "&unit=XA-BATIEU-MTTQ&channel=" + "&label="
						+ enc("Đoàn Thanh niên xã") + "&unit=XA-BATIEU-DTN&channel=" + "&label="
						+ enc("Báo Quảng Ngãi, Sở Tư pháp") + "&unit=&channel=EMAIL" + "&label=&unit=&channel="
						+ "&_csrf=" + token);
		assertThat(sent.statusCode()).isEqualTo(302);
		List<Receipt> receipts = this.disseminations.receiptsFor(d.id(), "vanthu");
		assertThat(receipts).extracting(Receipt::label)
			.containsExactly("Ủy ban MTTQ Việt Nam xã", "Đoàn Thanh niên xã", "Báo Quảng Ngãi, Sở Tư pháp");
		Receipt mttq = receipts.get(0);
		Receipt dtn = receipts.get(1);

		// the recipient's clerk (the unit head: it has no văn thư) sees and acknowledges
		WebSession recipient = WebSession.login(this.port, "truongban1", "demo");
		HttpResponse<String> receiptPage = recipient.get("/receipts/" + mttq.id());
		assertThat(receiptPage.statusCode()).isEqualTo(200);
		assertThat(receiptPage.body()).contains(subject, "Chờ tiếp nhận", "id=\"acknowledge-submit\"", "Số đến");
		assertThat(WebSession.login(this.port, "truongban3", "demo").get("/receipts/" + mttq.id()).statusCode())
			.isEqualTo(404);
		HttpResponse<String> ack = recipient.postForm("/receipts/" + mttq.id() + "/acknowledge",
				"_csrf=" + WebSession.csrfToken(receiptPage.body()));
		assertThat(ack.statusCode()).isEqualTo(302);
		assertThat(recipient.get("/receipts/" + mttq.id()).body()).contains("Đã tiếp nhận bởi", "truongban1")
			.doesNotContain("id=\"acknowledge-submit\"");

		// the other receipt's timer fires: the sender sees it flagged
		String pid = this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey("dispatch-" + d.id())
			.singleResult()
			.getId();
		List<org.camunda.bpm.engine.runtime.Job> timers = this.management.createJobQuery()
			.processInstanceId(pid)
			.timers()
			.list();
		assertThat(timers).hasSize(1);
		this.management.executeJob(timers.get(0).getId());
		String senderView = clerk.get("/dispatches/" + d.id()).body();
		assertThat(senderView)
			.contains("Tình hình tiếp nhận", "Đã tiếp nhận", "truongban1", "Chờ tiếp nhận", "Quá hạn",
					"Ngoài hệ thống (Thư điện tử)", "id=\"recall-form\"", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Ba Tiêu")
			.as("channels in Vietnamese, units by name")
			.doesNotContain("(EMAIL)", "<td>XA-BATIEU-MTTQ</td>");
		assertThat(this.disseminations.receipt(dtn.id()).overdue()).isTrue();
		// the sender unit's list: this dispatch with 2 internal, 1 acknowledged, 1
		// overdue
		HttpResponse<String> list = clerk.get("/dispatches?unit=XA-BATIEU");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).containsPattern("(?s)href=\"/dispatches/" + d.id() + "\"[^<]*"
				+ java.util.regex.Pattern.quote(subject) + ".*?<td>2</td>\\s*<td>1</td>\\s*<td><strong>1</strong>");
		assertThat(recipient.get("/dispatches?unit=XA-BATIEU").statusCode()).isEqualTo(404);

		// the recipient unit's sổ văn bản đến: filterable, XLSX, members only
		int year = LocalDate.now().getYear();
		HttpResponse<String> register = recipient.get("/registers/incoming?unit=XA-BATIEU-MTTQ&q=" + enc(subject));
		assertThat(register.statusCode()).isEqualTo(200);
		assertThat(register.body()).contains("Sổ văn bản đến", subject, "/TB-UBND");
		assertThat(recipient.get("/registers/incoming?unit=XA-BATIEU-MTTQ&q=khong-co-van-ban-nay").body())
			.doesNotContain(subject);
		assertThat(WebSession.login(this.port, "truongban2", "demo")
			.get("/registers/incoming?unit=XA-BATIEU-MTTQ")
			.statusCode()).isEqualTo(404);
		byte[] xlsx = download(this.port, "truongban1",
				"/registers/incoming.xlsx?unit=XA-BATIEU-MTTQ&year=" + year + "&q=" + enc(subject));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số đến");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo(subject);
		}
		byte[] outgoing = download(this.port, "vanthu",
				"/registers/outgoing.xlsx?unit=XA-BATIEU&year=" + year + "&q=" + enc(subject));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(outgoing))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số, ký hiệu");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("/TB-UBND");
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).contains(subject);
		}

		// recall from the sender's page: the recipient sees it withdrawn, the register
		// keeps the line marked
		HttpResponse<String> recalled = clerk.postForm("/dispatches/" + d.id() + "/recall",
				"reason=" + enc("Sai nội dung, thay thế") + "&_csrf=" + token);
		assertThat(recalled.statusCode()).isEqualTo(302);
		assertThat(clerk.get("/dispatches/" + d.id()).body()).contains("Đã thu hồi", "Sai nội dung, thay thế")
			.doesNotContain("id=\"recall-form\"");
		assertThat(recipient.get("/receipts/" + mttq.id()).body()).contains("id=\"withdrawn\"",
				"Sai nội dung, thay thế");
		assertThat(recipient.get("/registers/incoming?unit=XA-BATIEU-MTTQ&q=" + enc(subject)).body())
			.contains("Đã thu hồi");
	}

}
