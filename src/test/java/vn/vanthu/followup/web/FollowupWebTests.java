package vn.vanthu.followup.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;
import vn.vanthu.directory.Directory;
import vn.vanthu.document.Document;
import vn.vanthu.document.Documents;
import vn.vanthu.followup.Followup;
import vn.vanthu.followup.FollowupClock;
import vn.vanthu.followup.FollowupReport;
import vn.vanthu.followup.FollowupReports;
import vn.vanthu.followup.FollowupTask;
import vn.vanthu.followup.FollowupWorld;
import vn.vanthu.followup.ReportFilter;
import vn.vanthu.followup.TaskRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up API's problem details and denials, the pages' access, and the XLSX
 * export's figures.
 */
@VanthuIntegrationTest
class FollowupWebTests {

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Followup followup;

	@Autowired
	FollowupReports reports;

	@Autowired
	FollowupClock clock;

	@Autowired
	Directory directory;

	@Autowired
	Documents documents;

	FollowupWorld w;

	Document directive;

	FollowupTask task;

	@BeforeEach
	void world() {
		this.w = new FollowupWorld(this.directory);
		this.clock.fix(LocalDateTime.of(2024, 1, 20, 9, 0).atZone(FollowupClock.ZONE).toInstant());
		this.directive = this.w.directive(this.documents, "Chỉ thị thử giao diện.", LocalDate.of(2024, 1, 15));
		this.task = this.followup
			.confirm(this.directive.id(), null,
					List.of(new TaskRequest(this.w.noiVu, Set.of(), "Rà soát hồ sơ", LocalDate.of(2024, 1, 31), null,
							null, null, null)),
					this.w.clerk)
			.get(0);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	@SuppressWarnings("unchecked")
	void apiDeniesOthersWithProblemDetails() {
		String url = "/api/followup/tasks/" + this.task.id();
		ResponseEntity<Map> hidden = this.rest.withBasicAuth(this.w.outsider, "demo").getForEntity(url, Map.class);
		assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(hidden.getBody().get("type")).isEqualTo("urn:vanthu:problem:followup-task-not-found");

		ResponseEntity<Map> seen = this.rest.withBasicAuth(this.w.noiVuStaff, "demo").getForEntity(url, Map.class);
		assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(((Map<String, Object>) seen.getBody().get("task")).get("description")).isEqualTo("Rà soát hồ sơ");

		ResponseEntity<Map> notAssigner = this.rest.withBasicAuth(this.w.noiVuHead, "demo")
			.postForEntity(url + "/extension", Map.of("dueOn", "2024-03-01", "reason", "muốn thêm thời gian"),
					Map.class);
		assertThat(notAssigner.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(notAssigner.getBody().get("type")).isEqualTo("urn:vanthu:problem:followup-not-assigner");

		ResponseEntity<Map> notSubmitted = this.rest.withBasicAuth(this.w.clerk, "demo")
			.postForEntity(url + "/accept", null, Map.class);
		assertThat(notSubmitted.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(notSubmitted.getBody().get("status")).isEqualTo(409);
		assertThat(notSubmitted.getBody().get("taskStatus")).isEqualTo("OPEN");

		ResponseEntity<Map> noText = this.rest.withBasicAuth(this.w.noiVuHead, "demo")
			.postForEntity(url + "/completion", Map.of("text", "  "), Map.class);
		assertThat(noText.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noText.getBody().get("detail")).isEqualTo("Nhập kết quả thực hiện.");

		ResponseEntity<Void> done = this.rest.withBasicAuth(this.w.noiVuHead, "demo")
			.postForEntity(url + "/completion", Map.of("text", "Đã rà soát xong."), Void.class);
		assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<Map> report = this.rest.withBasicAuth(this.w.clerk, "demo")
			.getForEntity("/api/followup/report?document=" + this.directive.id() + "&asOf=2024-02-02T00:00:00Z",
					Map.class);
		assertThat(((Map<String, Object>) report.getBody().get("total")).get("openOverdue"))
			.as("submitted but not accepted is still open")
			.isEqualTo(1);
	}

	@Test
	void pagesShowTheDashboardToTheAssignerAndHideTasksFromOthers() {
		WebSession clerk = WebSession.login(this.port, this.w.clerk, "demo");
		String dashboard = clerk.get("/followup?document=" + this.directive.id()).body();
		assertThat(dashboard).contains("Theo dõi nhiệm vụ", "Tỷ lệ quá hạn", "÷ (số đã hoàn thành",
				"Phòng Nội vụ huyện Sơn Hà " + this.w.n, "id=\"trend-chart\"");
		assertThat(clerk.get("/followup/tasks/" + this.task.id()).body()).contains("Rà soát hồ sơ", "Gia hạn");
		assertThat(clerk.get("/followup/print?document=" + this.directive.id()).body())
			.contains("BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", "Rà soát hồ sơ");
		assertThat(clerk.get("/followup?lang=en&document=" + this.directive.id()).body()).contains("Task follow-up",
				"Overdue rate = open tasks past their due date");

		this.followup.markOverdue(this.task.id()); // what the due timer calls
		assertThat(WebSession.login(this.port, this.w.chairman, "demo").get("/followup").body())
			.as("the assigner's leader is notified")
			.contains("id=\"notifications\"", "Rà soát hồ sơ", "đã quá hạn");

		String number = java.net.URLEncoder.encode(this.directive.number(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(clerk.get("/followup/confirm?number=" + number).headers().firstValue("Location").orElse(""))
			.endsWith("/followup/documents/" + this.directive.id() + "/confirm");

		WebSession outsider = WebSession.login(this.port, this.w.outsider, "demo");
		assertThat(outsider.get("/followup/tasks/" + this.task.id()).statusCode()).isEqualTo(404);
		assertThat(outsider.get("/followup/confirm?number=" + number).headers().firstValue("Location").orElse(""))
			.as("a directive the user may not read is not found")
			.endsWith("/followup");
		assertThat(outsider.get("/followup?document=" + this.directive.id()).body()).doesNotContain("Rà soát hồ sơ")
			.doesNotContain("data-unit=\"" + this.w.noiVu + "\"");
	}

	@Test
	void xlsxExportHasTheFiguresAndDefinitions() throws Exception {
		FollowupReport report = this.reports.report(
				new ReportFilter(null, null, null, this.directive.id().value(), null),
				LocalDateTime.of(2024, 2, 5, 9, 0).atZone(FollowupClock.ZONE).toInstant(), this.w.clerk);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.write(report)))) {
			Sheet units = book.getSheet("Theo đơn vị");
			assertThat(units.getRow(1).getCell(0).getStringCellValue()).startsWith("Tỷ lệ quá hạn =");
			assertThat(units.getRow(5).getCell(0).getStringCellValue())
				.isEqualTo("Phòng Nội vụ huyện Sơn Hà " + this.w.n);
			assertThat(units.getRow(5).getCell(3).getNumericCellValue()).as("open overdue").isEqualTo(1);
			assertThat(units.getRow(5).getCell(6).getNumericCellValue()).as("overdue rate %").isEqualTo(100.0);
			Sheet tasks = book.getSheet("Nhiệm vụ");
			assertThat(tasks.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Rà soát hồ sơ");
			assertThat(tasks.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Chưa hoàn thành, quá hạn");
		}
	}

}
