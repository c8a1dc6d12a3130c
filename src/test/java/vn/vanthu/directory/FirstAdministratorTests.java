package vn.vanthu.directory;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.vanthu.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new installation without the demo profile and without {@code VANTHU_ADMIN_PASSWORD}:
 * the log holds a one-time setup link, the login page says so, the link creates the first
 * administrator once, and is refused when wrong, used, or once an administrator exists.
 * Its own empty H2 database, whatever the rest of the suite uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:first-admin;DB_CLOSE_DELAY=-1;MODE=LEGACY",
				"spring.datasource.username=sa", "spring.datasource.password=", "vanthu.admin.password=" })
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

	private static final Pattern LINK = Pattern.compile("http://localhost:(\\d+)/setup\\?token=([A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	OneTimeLinks tokens;

	@Test
	void theLoggedLinkCreatesTheFirstAdministratorOnceAndIsRefusedOtherwise(CapturedOutput output) {
		Matcher link = LINK.matcher(output.getAll());
		assertThat(link.find()).as("setup link in the log").isTrue();
		assertThat(link.group(1)).isEqualTo(String.valueOf(this.port));
		String token = link.group(2);
		assertThat(this.directory.hasAdministrator()).isFalse();

		WebSession browser = WebSession.anonymous(this.port);
		assertThat(browser.get("/login").body()).contains("id=\"login-setup-pending\"", "VANTHU_ADMIN_PASSWORD");
		assertThat(browser.get("/setup?token=" + token.substring(1) + "x").statusCode()).isEqualTo(404);
		assertThat(browser.get("/setup").statusCode()).isEqualTo(404);
		assertThat(post(browser, token.substring(1) + "x", "intruder", "intruder-password").statusCode())
			.isEqualTo(404);
		assertThat(this.directory.findPerson(Username.of("intruder"))).isEmpty();

		HttpResponse<String> form = browser.get("/setup?token=" + token);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("id=\"setup-submit\"");
		HttpResponse<String> mismatch = browser.postForm("/setup",
				body(browser, token, "quantri", "mat-khau-1", "mat-khau-2"));
		assertThat(mismatch.statusCode()).isEqualTo(200);
		assertThat(mismatch.body()).contains("id=\"setup-problem\"");
		assertThat(this.directory.hasAdministrator()).isFalse();

		HttpResponse<String> created = post(browser, token, "quantri", "mat-khau-ban-dau");
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/login?setup");
		Person admin = this.directory.person(Username.of("quantri"));
		assertThat(admin.admin()).isTrue();
		WebSession quantri = WebSession.login(this.port, "quantri", "mat-khau-ban-dau");
		assertThat(quantri.get("/admin").statusCode()).isEqualTo(200);
		assertThat(browser.get("/login").body()).doesNotContain("login-setup-pending");

		// used twice
		assertThat(browser.get("/setup?token=" + token).statusCode()).isEqualTo(404);
		assertThat(post(browser, token, "second", "mat-khau-khac-1").statusCode()).isEqualTo(404);
		// a token that exists while an administrator exists
		String late = this.tokens.issue(OneTimeLinks.Purpose.ADMIN_SETUP, null, null);
		assertThat(browser.get("/setup?token=" + late).statusCode()).isEqualTo(404);
		assertThat(post(browser, late, "second", "mat-khau-khac-1").statusCode()).isEqualTo(404);
		assertThat(this.directory.findPerson(Username.of("second"))).isEmpty();
		assertThat(this.tokens.holder(OneTimeLinks.Purpose.ADMIN_SETUP, late, java.time.Instant.now()).isPresent())
			.as("a refused link is not used up")
			.isTrue();
	}

	private static HttpResponse<String> post(WebSession browser, String token, String username, String password) {
		return browser.postForm("/setup", body(browser, token, username, password, password));
	}

	private static String body(WebSession browser, String token, String username, String password,
			String confirmation) {
		String csrf = WebSession.csrfToken(browser.get("/login").body());
		return "token=" + enc(token) + "&username=" + enc(username) + "&fullName=" + enc("Nguyễn Quản Trị")
				+ "&password=" + enc(password) + "&confirmation=" + enc(confirmation) + "&_csrf=" + enc(csrf);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
