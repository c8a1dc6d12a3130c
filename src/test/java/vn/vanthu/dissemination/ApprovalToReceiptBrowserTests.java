package vn.vanthu.dissemination;

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
import vn.vanthu.approval.ApprovalStatus;
import vn.vanthu.approval.Approvals;
import vn.vanthu.approval.StartApproval;
import vn.vanthu.directory.UnitCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, from approval to receipt: the chánh văn phòng approves, the chủ tịch signs
 * TM., the văn thư issues and confirms Nơi nhận, the recipient unit's clerk opens the
 * task from Việc cần làm and acknowledges, and the sender sees the receipt.
 */
@VanthuIntegrationTest
class ApprovalToReceiptBrowserTests {

	static final String TEXT = "ỦY BAN NHÂN DÂN\nXÃ BA TIÊU\nSố: /TB-UBND\nTHÔNG BÁO\nVề việc thử trình duyệt\n"
			+ "Nội dung.\nNơi nhận:\n- Đoàn Thanh niên xã;\n- Lưu: VT.\n";

	@LocalServerPort
	int port;

	@Autowired
	Approvals approvals;

	@Autowired
	Disseminations disseminations;

	WebDriver browser;

	@BeforeEach
	void start() {
		this.browser = BrowserSupport.newBrowser();
	}

	@AfterEach
	void stop() {
		this.browser.quit();
	}

	void as(String user) {
		this.browser.manage().deleteAllCookies();
		BrowserSupport.login(this.browser, this.port, user, "demo");
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void approveSignIssueSendAcknowledge() {
		String subject = "Thông báo trình duyệt trên trình duyệt " + System.nanoTime();
		ApprovalCase c = this.approvals.start(
				new StartApproval(UnitCode.of("XA-BATIEU"), "TB", subject, "chuyenvien", null, null, null, TEXT, null));

		as("chanhvanphong");
		this.browser.get(url("/approvals/" + c.id().value()));
		assertThat(this.browser.findElements(By.id("capacity"))).isEmpty();
		BrowserSupport.clickAndLoad(this.browser, By.id("outcome-APPROVE"));
		assertThat(this.browser.findElement(By.id("message-info")).getText()).contains("Đã ghi nhận");

		as("chutich");
		this.browser.get(url("/approvals/" + c.id().value()));
		new Select(this.browser.findElement(By.id("capacity"))).selectByValue("TM");
		BrowserSupport.clickAndLoad(this.browser, By.id("outcome-APPROVE"));
		assertThat(this.browser.findElement(By.id("message-info")).getText()).contains("Đã ghi nhận");
		assertThat(this.approvals.get(c.id()).status()).isEqualTo(ApprovalStatus.SIGNED);

		as("vanthu");
		this.browser.get(url("/approvals/" + c.id().value()));
		BrowserSupport.clickAndLoad(this.browser, By.id("outcome-ISSUE"));
		String number = this.browser.findElement(By.id("document-number")).getText();
		assertThat(number).endsWith("/TB-UBND");
		Dispatch d = this.disseminations.dispatchesOf(c.documentId()).get(0);
		this.browser.get(url("/dispatches/" + d.id()));
		assertThat(this.browser.findElement(By.id("label-0")).getAttribute("value")).isEqualTo("Đoàn Thanh niên xã");
		assertThat(new Select(this.browser.findElement(By.id("unit-0"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("XA-BATIEU-DTN");
		BrowserSupport.clickAndLoad(this.browser, By.id("confirm-submit"));
		assertThat(this.browser.findElement(By.id("dispatch-status")).getText()).isEqualTo("Đã gửi");

		// the recipient's clerk (the head of the Đoàn: it has no văn thư) finds the task
		as("truongban2");
		this.browser.get(url("/tasks"));
		List<Receipt> receipts = this.disseminations.receiptsFor(d.id(), "vanthu");
		String link = "/receipts/" + receipts.get(0).id();
		BrowserSupport.clickAndLoad(this.browser, By.cssSelector("a[href='" + link + "']"));
		assertThat(this.browser.getCurrentUrl()).endsWith(link);
		assertThat(this.browser.findElement(By.id("receipt-status")).getText()).isEqualTo("Chờ tiếp nhận");
		BrowserSupport.clickAndLoad(this.browser, By.id("acknowledge-submit"));
		assertThat(this.browser.findElement(By.id("acknowledged")).getText()).contains("truongban2");

		as("vanthu");
		this.browser.get(url("/dispatches/" + d.id()));
		String receiptsTable = this.browser.findElement(By.id("receipts")).getText();
		assertThat(receiptsTable).contains("Đoàn Thanh niên xã", "Đã tiếp nhận", "truongban2");
	}

}
