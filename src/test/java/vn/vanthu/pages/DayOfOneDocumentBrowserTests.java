package vn.vanthu.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.BrowserSupport;
import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.approval.ApprovalCase;
import vn.vanthu.approval.Approvals;
import vn.vanthu.approval.StartApproval;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.dissemination.Dispatch;
import vn.vanthu.dissemination.Disseminations;
import vn.vanthu.dissemination.Receipt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day of one document on the demo world, in Chromium, each page checked by
 * {@link PageChecks} (axe-core WCAG 2.1 AA and no page wider than its viewport, at 1280
 * and 390 px): the drafter's draft and round, a head of board's answer, the closed round
 * with its synthesis form, the approval by the chánh văn phòng and the chủ tịch, the
 * clerk's issue, register and Nơi nhận confirmation, the recipient's receipt, and the
 * lists everyone opens (documents, search, follow-up, tasks, notifications, admin,
 * account, login). Fails on the first broken step and, at the end, on every page problem.
 */
@VanthuIntegrationTest
class DayOfOneDocumentBrowserTests {

	static final String TEXT = "ỦY BAN NHÂN DÂN\nXÃ BA TIÊU\nSố: /TB-UBND\nTHÔNG BÁO\nVề việc kiểm tra trang\n"
			+ "Nội dung.\nNơi nhận:\n- Đoàn Thanh niên xã;\n- Lưu: VT.\n";

	@LocalServerPort
	int port;

	@Autowired
	Approvals approvals;

	@Autowired
	Disseminations disseminations;

	WebDriver browser;

	PageChecks pages;

	@BeforeEach
	void start() {
		this.browser = BrowserSupport.newBrowser();
		this.pages = new PageChecks(this.browser);
	}

	@AfterEach
	void stop() {
		this.browser.quit();
	}

	@Test
	void theDayOfOneDocumentOnEveryPageAtDesktopAndPhoneWidth() throws Exception {
		open("/login");
		this.pages.check("login");

		// the drafter: a draft and a round
		String subject = "Kế hoạch tổ chức Ngày hội đại đoàn kết " + System.nanoTime();
		Path file = Files.createTempFile("du-thao-lan-01", ".pdf");
		Files.writeString(file, "%PDF-1.4 " + subject);
		as("chuyenvien");
		open("/drafts");
		this.pages.check("drafts");
		this.browser.findElement(By.id("subject")).sendKeys(subject);
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("KH");
		this.browser.findElement(By.id("file")).sendKeys(file.toString());
		BrowserSupport.clickAndLoad(this.browser, By.id("create-submit"));
		assertThat(this.browser.findElement(By.id("draft-status")).getAttribute("class")).contains("tag");
		this.pages.check("draft");
		this.browser.findElement(By.id("recipients")).sendKeys("truongban1, truongban2");
		BrowserSupport.clickAndLoad(this.browser, By.id("open-round-submit"));
		String roundUrl = this.browser.getCurrentUrl();
		this.pages.check("round");

		// a head of board answers from Việc cần làm
		as("truongban1");
		open("/tasks");
		this.pages.check("tasks");
		BrowserSupport.clickAndLoad(this.browser, By.partialLinkText("Góp ý dự thảo"));
		this.pages.check("answer");
		this.browser.findElement(By.id("text")).sendKeys("Đề nghị bổ sung kinh phí.");
		BrowserSupport.clickAndLoad(this.browser, By.id("send-answer"));

		// the drafter closes the round (a danger action: it asks first) and sees the
		// synthesis form
		as("chuyenvien");
		this.browser.get(roundUrl);
		assertThat(this.browser.findElement(By.id("close-round")).getAttribute("class")).contains("danger");
		BrowserSupport.clickConfirmAndLoad(this.browser, By.id("close-round"));
		assertThat(this.browser.findElement(By.id("synthesis")).isDisplayed()).isTrue();
		this.pages.check("synthesis");

		// approval, signing, number
		ApprovalCase c = this.approvals.start(new StartApproval(UnitCode.of("XA-BATIEU"), "TB",
				"Thông báo kiểm tra trang " + System.nanoTime(), "chuyenvien", null, null, null, TEXT, null));
		as("chanhvanphong");
		open("/approvals/" + c.id().value());
		this.pages.check("approval");
		BrowserSupport.clickAndLoad(this.browser, By.id("outcome-APPROVE"));
		as("chutich");
		open("/approvals/" + c.id().value());
		new Select(this.browser.findElement(By.id("capacity"))).selectByValue("TM");
		BrowserSupport.clickAndLoad(this.browser, By.id("outcome-APPROVE"));
		as("vanthu");
		open("/approvals/" + c.id().value());
		BrowserSupport.clickAndLoad(this.browser, By.id("outcome-ISSUE"));
		assertThat(this.browser.findElement(By.id("document-number")).getText()).endsWith("/TB-UBND");
		this.pages.check("issued");
		open("/registers/outgoing");
		assertThat(this.browser.findElement(By.id("nav-registers")).getAttribute("aria-current")).isEqualTo("page");
		this.pages.check("register-outgoing");

		// sending: the clerk confirms Nơi nhận
		Dispatch d = this.disseminations.dispatchesOf(c.documentId()).get(0);
		open("/dispatches/" + d.id());
		this.pages.check("dispatch-confirm");
		BrowserSupport.clickAndLoad(this.browser, By.id("confirm-submit"));
		this.pages.check("dispatch-sent");

		// the recipient acknowledges
		as("truongban2");
		List<Receipt> receipts = this.disseminations.receiptsFor(d.id(), "vanthu");
		open("/receipts/" + receipts.get(0).id());
		this.pages.check("receipt");
		BrowserSupport.clickAndLoad(this.browser, By.id("acknowledge-submit"));
		assertThat(this.browser.findElement(By.id("acknowledged")).getText()).contains("truongban2");

		// the lists everyone opens
		as("vanthu");
		open("/documents");
		this.pages.check("documents");
		open("/documents/" + c.documentId().value());
		this.pages.check("document");
		open("/search?q=kiểm+tra");
		this.pages.check("search");
		open("/followup");
		this.pages.check("followup");
		open("/followup/tasks");
		this.pages.check("followup-tasks");
		open("/notifications");
		this.pages.check("notifications");
		open("/account/tokens");
		this.pages.check("account");
		as("admin");
		open("/admin");
		this.pages.check("admin");
		open("/admin/service-accounts");
		this.pages.check("admin-service-accounts");

		assertThat(this.pages.pages()).isGreaterThanOrEqualTo(20);
		assertThat(this.pages.problems()).as("WCAG 2.1 AA violations and pages wider than their viewport").isEmpty();
	}

	void as(String user) {
		this.browser.manage().deleteAllCookies();
		BrowserSupport.login(this.browser, this.port, user, "demo");
	}

	void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
