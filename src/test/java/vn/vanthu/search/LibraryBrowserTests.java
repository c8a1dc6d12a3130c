package vn.vanthu.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.BrowserSupport;
import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.Documents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: upload on "Văn bản", find it on "Tra cứu" without diacritics, open
 * it.
 */
@VanthuIntegrationTest
class LibraryBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	Documents documents;

	WebDriver browser;

	@BeforeEach
	void start() {
		this.browser = BrowserSupport.newBrowser();
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void uploadThenSearchThenOpen() throws Exception {
		int n = LibraryFixtures.uniqueNumber();
		String marker = "trình duyệt " + n;
		Path file = Files.createTempFile("van-ban-", ".txt");
		Files.writeString(file, LibraryFixtures.document("ỦY BAN NHÂN DÂN\nXÃ BA TIÊU", n + "/KH-UBND",
				LocalDate.of(2024, 8, 9), "KẾ HOẠCH", "Về thử nghiệm " + marker,
				"Thực hiện Quyết định số 673/QĐ-UBND ngày 17/7/2023 của Chủ tịch UBND tỉnh về " + marker + ".\n"),
				StandardCharsets.UTF_8);
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		BrowserSupport.login(this.browser, this.port, "chuyenvien", "demo");
		this.browser.get("http://localhost:" + this.port + "/documents");
		this.browser.findElement(By.id("files")).sendKeys(file.toString());
		// shared with the Đoàn Thanh niên as a recipient unit
		new Select(this.browser.findElement(By.id("units"))).selectByValue("XA-BATIEU-DTN");
		this.browser.findElement(By.id("upload")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.className("upload-message")));
		assertThat(this.browser.findElement(By.className("upload-message")).getText()).contains(n + "/KH-UBND");
		assertThat(this.documents.findByNumber(n + "/KH-UBND")).singleElement()
			.satisfies((d) -> assertThat(d.access().recipientUnits()).contains(UnitCode.of("XA-BATIEU-DTN")));
		this.indexer.drain();
		this.browser.get("http://localhost:" + this.port + "/search");
		this.browser.findElement(By.id("q")).sendKeys("trinh duyet " + n);
		BrowserSupport.clickAndLoad(this.browser, By.id("search-button"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.className("hit-link")));
		// other tests share the database: ours must be the best hit, without diacritics
		// typed
		assertThat(this.browser.findElement(By.id("total")).getText()).matches("\\d+ .*");
		assertThat(this.browser.findElement(By.className("hit-link")).getText()).isEqualTo(n + "/KH-UBND");
		assertThat(this.browser.findElement(By.className("snippet")).getAttribute("innerHTML"))
			.contains("<mark>trình</mark>");
		BrowserSupport.clickAndLoad(this.browser, By.className("hit-link"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-number")));
		assertThat(this.browser.findElement(By.id("doc-number")).getText()).isEqualTo(n + "/KH-UBND");
		assertThat(this.browser.findElement(By.id("cites")).getText()).contains("673/QĐ-UBND");
		assertThat(this.browser.findElement(By.cssSelector("#doc-text a.citation")).getText()).contains("673/QĐ-UBND");
	}

}
