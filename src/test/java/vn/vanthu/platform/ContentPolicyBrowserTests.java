package vn.vanthu.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.vanthu.BrowserSupport;
import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages work under their strict Content-Security-Policy, in a real browser: no
 * violation is reported on the pages that have behaviour (a round's live table, the
 * library's drop zone, print buttons, confirmations, the follow-up chart), the round's
 * table refreshes itself from the API, and the engine's cockpit still starts under its
 * own policy.
 */
@VanthuIntegrationTest
class ContentPolicyBrowserTests {

	static WebDriver browser;

	@Autowired
	TestRestTemplate rest;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = BrowserSupport.newBrowser();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void pagesRunTheirScriptsUnderThePolicyAndReportNoViolation() {
		long draft = draftWithRound();
		BrowserSupport.login(browser, this.port, "chuyenvien", "demo");
		for (String page : List.of("/tasks", "/documents", "/drafts/" + draft, "/search?q=ke+hoach", "/followup",
				"/registers/outgoing", "/registers/incoming", "/notifications")) {
			browser.get("http://localhost:" + this.port + page);
			assertThat(browser.findElement(By.tagName("h1")).getText()).as(page).isNotBlank();
		}
		String round = roundOf(draft);
		browser.get("http://localhost:" + this.port + "/drafts/rounds/" + round);
		assertThat(row()).contains("Chưa trả lời");
		// the table follows the answers without a reload: vanthu.js runs and may call
		// the API
		ResponseEntity<String> answered = this.rest.withBasicAuth("truongban1", "demo")
			.postForEntity("/api/rounds/" + round + "/answers", Map.of("text", "Thống nhất nội dung"), String.class);
		assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
		new WebDriverWait(browser, Duration.ofSeconds(30)).until((d) -> row().contains("Thống nhất nội dung"));

		assertThat(violations()).isEmpty();
	}

	@Test
	void theEngineCockpitStartsUnderItsOwnPolicy() {
		BrowserSupport.login(browser, this.port, "admin", "demo");
		browser.get("http://localhost:" + this.port + "/camunda/app/cockpit/default/");
		// the AngularJS application has rendered its header
		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until((d) -> !d.findElements(By.cssSelector(".navbar, [cam-widget-header], header")).isEmpty()
					&& d.getPageSource().contains("Cockpit"));
		assertThat(violations()).isEmpty();
	}

	private String row() {
		return browser.findElement(By.cssSelector("tr[data-recipient='truongban1']")).getText();
	}

	private static List<String> violations() {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((e) -> e.getLevel().intValue() >= Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.filter((m) -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
			.toList();
	}

	private long draftWithRound() {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("subject", "Kế hoạch thử chính sách nội dung " + System.nanoTime());
		form.add("kind", "KH");
		form.add("file", new ByteArrayResource("%PDF-1.4 ke hoach".getBytes()) {
			@Override
			public String getFilename() {
				return "du-thao.pdf";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<Map> created = this.rest.withBasicAuth("chuyenvien", "demo")
			.postForEntity("/api/drafts", new HttpEntity<>(form, headers), Map.class);
		long id = ((Number) ((Map<?, ?>) created.getBody().get("id")).get("value")).longValue();
		ResponseEntity<Map> round = this.rest.withBasicAuth("chuyenvien", "demo")
			.postForEntity("/api/drafts/" + id + "/rounds",
					Map.of("recipients", List.of("truongban1"), "deadline", "2099-12-01T17:00:00+07:00"), Map.class);
		assertThat(round.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return id;
	}

	private String roundOf(long draft) {
		Map<?, ?> detail = this.rest.withBasicAuth("chuyenvien", "demo")
			.getForEntity("/api/drafts/" + draft, Map.class)
			.getBody();
		return String.valueOf(((Map<?, ?>) ((List<?>) detail.get("rounds")).get(0)).get("id"));
	}

}
