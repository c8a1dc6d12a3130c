package vn.vanthu.followup.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.BrowserSupport;
import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.directory.Directory;
import vn.vanthu.document.Document;
import vn.vanthu.document.Documents;
import vn.vanthu.followup.Followup;
import vn.vanthu.followup.FollowupClock;
import vn.vanthu.followup.FollowupTask;
import vn.vanthu.followup.FollowupWorld;
import vn.vanthu.followup.TaskEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the clerk confirms a directive's tasks, the lead unit's head finds
 * the task in "Việc cần làm" and reports completion with an evidence file, the clerk
 * accepts it, and the dashboard counts it done on time.
 */
@VanthuIntegrationTest
class FollowupBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	Documents documents;

	@Autowired
	Followup followup;

	@Autowired
	FollowupClock clock;

	WebDriver driver;

	@AfterEach
	void close() {
		this.clock.reset();
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void confirmReportAcceptDashboard() throws IOException {
		FollowupWorld w = new FollowupWorld(this.directory);
		this.clock.fix(LocalDateTime.of(2024, 1, 20, 9, 0).atZone(FollowupClock.ZONE).toInstant());
		Document directive = w.directive(this.documents, fixture(), LocalDate.of(2024, 1, 15));
		this.driver = BrowserSupport.newBrowser();
		String base = "http://localhost:" + this.port;

		BrowserSupport.login(this.driver, this.port, w.clerk, "demo");
		this.driver.get(base + "/followup/documents/" + directive.id() + "/confirm");
		assertThat(this.driver.findElement(By.cssSelector("#proposal-0 mark")).getText())
			.contains("trước ngày 07/02/2024");
		assertThat(new Select(this.driver.findElement(By.id("lead-0"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(w.noiVu.value());
		assertThat(this.driver.findElement(By.id("due-1")).getAttribute("value")).isEqualTo("2024-02-29");
		// Drop the periodic duty and pick a unit for the unmatched assignee.
		this.driver.findElement(By.id("include-2")).click();
		new Select(this.driver.findElement(By.id("lead-3"))).selectByValue(w.noiVu.value());
		BrowserSupport.clickAndLoad(this.driver, By.id("confirm-submit"));
		assertThat(this.driver.findElement(By.id("flash-info")).getText()).isEqualTo("Đã giao 3 nhiệm vụ.");
		List<FollowupTask> tasks = this.followup.tasksOf(directive.id(), w.clerk);
		assertThat(tasks).hasSize(3);
		FollowupTask first = tasks.get(0);

		this.driver.manage().deleteAllCookies();
		BrowserSupport.login(this.driver, this.port, w.noiVuHead, "demo");
		this.driver.get(base + "/tasks");
		BrowserSupport.clickAndLoad(this.driver, By.cssSelector("a[href='/followup/tasks/" + first.id() + "']"));
		assertThat(this.driver.findElement(By.id("task-due")).getText()).isEqualTo("07/02/2024");
		Path evidence = Files.createTempFile("bien-ban", ".txt");
		Files.writeString(evidence, "Biên bản kiện toàn Bộ phận một cửa.");
		this.driver.findElement(By.id("report-text")).sendKeys("Đã kiện toàn Bộ phận một cửa.");
		this.driver.findElement(By.id("report-files")).sendKeys(evidence.toString());
		BrowserSupport.clickAndLoad(this.driver, By.id("report-completion"));
		assertThat(this.driver.findElement(By.id("task-status")).getText()).isEqualTo("Chờ xác nhận hoàn thành");
		assertThat(this.driver.findElement(By.id("task-history")).getText())
			.contains(evidence.getFileName().toString());

		this.driver.manage().deleteAllCookies();
		BrowserSupport.login(this.driver, this.port, w.clerk, "demo");
		this.driver.get(base + "/followup/tasks/" + first.id());
		BrowserSupport.clickAndLoad(this.driver, By.id("review-accept"));
		assertThat(this.driver.findElement(By.id("task-status")).getText()).isEqualTo("Đã hoàn thành");
		assertThat(this.followup.history(first.id(), w.clerk)).extracting(TaskEvent::kind)
			.contains(TaskEvent.Kind.ACCEPTED);

		this.driver.get(base + "/followup?document=" + directive.id());
		String row = this.driver.findElement(By.cssSelector("#by-unit tr[data-unit='" + w.noiVu + "']")).getText();
		assertThat(row).startsWith("Phòng Nội vụ huyện Sơn Hà " + w.n + " 1 0 0 1 2");
		assertThat(this.driver.findElement(By.id("overdue-rate")).getText()).isEqualTo("0.0 %");
	}

	private static String fixture() throws IOException {
		try (InputStream in = FollowupBrowserTests.class
			.getResourceAsStream("/followup/chi-thi-cai-cach-hanh-chinh.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
