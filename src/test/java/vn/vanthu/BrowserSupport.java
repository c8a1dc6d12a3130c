package vn.vanthu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests (installed by {@code .ci/run}: packages
 * chromium and chromium-driver). The background-networking flags matter: this machine's
 * closed network refuses Chromium's own connections.
 */
public final class BrowserSupport {

	private BrowserSupport() {
	}

	/** A new headless browser with a fresh profile; quit it after the test. */
	public static WebDriver newBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		try {
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=vi",
					"--user-data-dir=" + Files.createTempDirectory("vanthu-chromium"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// the console, for tests that check that no Content-Security-Policy violation
		// occurs
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	/**
	 * Clicks a submit button or a link and waits until the browser has replaced the page.
	 * A click returns before the new page arrives; reading an element by an id that both
	 * pages share would otherwise read the old page or a stale element.
	 */
	public static void clickAndLoad(WebDriver driver, By target) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(target).click();
		new WebDriverWait(driver, Duration.ofSeconds(30)).until((d) -> isGone(page));
	}

	/**
	 * Clicks a button that asks for confirmation first (a danger action: the page's
	 * {@code window.confirm}), accepts, and waits for the new page.
	 */
	public static void clickConfirmAndLoad(WebDriver driver, By target) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(target).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
		new WebDriverWait(driver, Duration.ofSeconds(30)).until((d) -> isGone(page));
	}

	/**
	 * Whether the element's document has been replaced. While the browser is between two
	 * pages, Chromium may answer "node does not belong to the document" instead of a
	 * stale element: both mean the old page is gone.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** Logs in through the login page and waits for the landing page. */
	public static void login(WebDriver driver, int port, String username, String password) {
		driver.get("http://localhost:" + port + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("login-submit")).click();
		// the click returns before the browser has followed the redirect
		new WebDriverWait(driver, Duration.ofSeconds(30)).until((d) -> !d.getCurrentUrl().endsWith("/login"));
	}

}
