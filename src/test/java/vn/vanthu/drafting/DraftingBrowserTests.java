package vn.vanthu.drafting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.BrowserSupport;
import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser: the drafter creates a draft and opens a round, the
 * commenter finds the task in "Việc cần làm" and answers, the drafter sees the answer; an
 * outsider is refused the draft page, and an answer after the round closed shows the
 * refusal with its closing time.
 */
@VanthuIntegrationTest
class DraftingBrowserTests {

	static WebDriver browser;

	static Path profile;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		profile = Files.createTempDirectory("vanthu-drafting-chrome");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile);
		browser = new ChromeDriver(options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void drafterOpensARoundCommenterAnswersDrafterSeesIt() throws Exception {
		String subject = "Kế hoạch tổ chức Lễ kỷ niệm " + System.nanoTime();
		Path file = Files.createTempFile("du-thao-lan-01", ".pdf");
		Files.writeString(file, "%PDF-1.4 " + subject);

		login("chuyenvien");
		open("/drafts");
		browser.findElement(By.id("subject")).sendKeys(subject);
		new Select(browser.findElement(By.id("kind"))).selectByValue("KH");
		browser.findElement(By.id("file")).sendKeys(file.toString());
		BrowserSupport.clickAndLoad(browser, By.id("create-submit"));
		assertThat(browser.findElement(By.id("draft-subject")).getText()).isEqualTo(subject);
		assertThat(browser.findElement(By.id("versions")).getText()).contains("Dự thảo lần 01");
		String draftUrl = browser.getCurrentUrl();

		browser.findElement(By.id("recipients")).sendKeys("truongban1, truongban2");
		BrowserSupport.clickAndLoad(browser, By.id("open-round-submit"));
		assertThat(browser.getCurrentUrl()).contains("/drafts/rounds/");
		String roundUrl = browser.getCurrentUrl();
		assertThat(row("truongban1")).contains("Chưa trả lời");
		logout();

		login("truongban1");
		open("/tasks");
		BrowserSupport.clickAndLoad(browser, By.linkText("Góp ý dự thảo"));
		assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo(subject);
		assertThat(browser.findElement(By.id("view-draft")).getAttribute("href")).contains("/versions/1/view");
		browser.findElement(By.id("text")).sendKeys("Đề nghị bổ sung kinh phí tổ chức.");
		BrowserSupport.clickAndLoad(browser, By.id("send-answer"));
		awaitText(By.id("my-status"), "Đã góp ý");
		logout();

		login("vanthu");
		browser.get(draftUrl);
		assertThat(browser.getPageSource()).contains("Bạn không có quyền xem trang này");
		logout();

		login("chuyenvien");
		browser.get(roundUrl);
		assertThat(row("truongban1")).contains("Đã góp ý").contains("Đề nghị bổ sung kinh phí tổ chức.");
		assertThat(row("truongban2")).contains("Chưa trả lời");
		BrowserSupport.clickConfirmAndLoad(browser, By.id("close-round"));
		awaitText(By.id("round-status"), "Đã kết thúc, chờ tổng hợp");
		assertThat(browser.findElement(By.id("synthesis-docx")).isDisplayed()).isTrue();
		logout();

		login("truongban2");
		browser.get(roundUrl + "/answer");
		assertThat(browser.findElement(By.id("closed")).getText()).contains("đã kết thúc");
		browser.findElement(By.id("text")).sendKeys("Góp ý muộn");
		BrowserSupport.clickAndLoad(browser, By.id("send-answer"));
		assertThat(browser.findElement(By.id("error")).getText()).contains("đã kết thúc lúc")
			.containsPattern("\\d{2}:\\d{2} ngày \\d{2}/\\d{2}/\\d{4}");
		logout();
	}

	/**
	 * Waits until the element shows the text. A click that posts a form returns before
	 * the new page replaces the old one, whose element of the same id then goes stale.
	 */
	private void awaitText(By by, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until((d) -> d.findElement(by).getText().contains(text));
	}

	private String row(String recipient) {
		return browser.findElement(By.cssSelector("tr[data-recipient='" + recipient + "']")).getText();
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private void login(String user) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys("demo");
		browser.findElement(By.id("login-submit")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> !d.getCurrentUrl().contains("/login"));
	}

	private void logout() {
		browser.manage().deleteAllCookies();
	}

}
