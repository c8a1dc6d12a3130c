package vn.vanthu.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page a browser shows at a desktop width (1280 px) and a phone width (390
 * px): axe-core's WCAG 2.0/2.1 A and AA rules, and that the document is no wider than its
 * viewport. Problems are collected (one failing page does not hide the next); a
 * screenshot of each width goes to {@code target/screenshots/} for a person to look at.
 */
final class PageChecks {

	static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private final WebDriver driver;

	private final List<String> problems = new ArrayList<>();

	private final Path screenshots = Path.of("target", "screenshots");

	private int count;

	PageChecks(WebDriver driver) {
		this.driver = driver;
	}

	/** Checks the page now shown, under a name for the report and the screenshot. */
	void check(String name) {
		this.count++;
		for (int width : new int[] { 1280, 390 }) {
			this.driver.manage().window().setSize(new Dimension(width, 900));
			JavascriptExecutor js = (JavascriptExecutor) this.driver;
			// the page's own resize handler (scrolling tables) runs before axe looks
			js.executeScript("window.dispatchEvent(new Event('resize'));");
			Results results = new AxeBuilder().withTags(WCAG_AA).analyze(this.driver);
			for (Rule rule : results.getViolations()) {
				StringBuilder where = new StringBuilder();
				rule.getNodes().stream().limit(3).forEach((n) -> where.append("\n      ").append(n.getHtml()));
				this.problems.add(name + " @" + width + " px: " + rule.getId() + " — " + rule.getHelp() + where);
			}
			long documentWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
			long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
			if (documentWidth > viewport) {
				this.problems.add(name + " @" + width + " px: the page is " + documentWidth + " px wide in a "
						+ viewport + " px viewport");
			}
			screenshot(String.format("%02d-%s-%d.png", this.count, name, width));
		}
		this.driver.manage().window().setSize(new Dimension(1280, 900));
	}

	List<String> problems() {
		return this.problems;
	}

	int pages() {
		return this.count;
	}

	private void screenshot(String file) {
		try {
			Files.createDirectories(this.screenshots);
			byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
			Files.write(this.screenshots.resolve(file), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
