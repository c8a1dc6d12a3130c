package vn.vanthu.platform;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.BrowserSupport;
import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A real browser logs in and sees its engine tasks; a wrong password is refused. */
@VanthuIntegrationTest
class LoginBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = BrowserSupport.newBrowser();
	}

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	@Test
	void drafterLogsInAndSeesTheirTasks() {
		String name = "Kiểm tra trình duyệt " + System.nanoTime();
		this.runtime.startProcessInstanceByKey("test-worklist", Map.of("assignee", "chuyenvien", "taskName", name));

		BrowserSupport.login(this.browser, this.port, "chuyenvien", "demo");

		assertThat(this.browser.getCurrentUrl()).endsWith("/tasks");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Việc cần làm");
		assertThat(this.browser.findElement(By.id("current-user")).getText()).isEqualTo("chuyenvien");
		assertThat(this.browser.findElement(By.id("nav-registers")).getText()).isEqualTo("Sổ văn bản");
		assertThat(this.browser.findElement(By.id("tasks-table")).getText()).contains(name);
		assertThat(this.browser.findElement(By.linkText(name)).getAttribute("href"))
			.contains("/tasks?check=chuyenvien");
	}

	@Test
	void tasksOfOthersAreNotShown() {
		String name = "Việc của người khác " + System.nanoTime();
		this.runtime.startProcessInstanceByKey("test-worklist", Map.of("assignee", "chutich", "taskName", name));

		BrowserSupport.login(this.browser, this.port, "truongban2", "demo");

		assertThat(this.browser.getPageSource()).doesNotContain(name);
	}

	@Test
	void wrongPasswordIsRefusedWithAVietnameseMessage() {
		BrowserSupport.login(this.browser, this.port, "chuyenvien", "sai-mat-khau");

		assertThat(this.browser.getCurrentUrl()).endsWith("/login?error");
		assertThat(this.browser.findElement(By.id("login-error")).getText())
			.isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
		this.browser.get("http://localhost:" + this.port + "/tasks");
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
	}

}
