package vn.vanthu.directory;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-time password link of an imported person (works once, refused twice and when
 * expired), and who may use the directory's API and import page.
 */
@VanthuIntegrationTest
class PasswordLinkAndAccessTests {

	private static final String ADMIN = DirectoryHttp.basic("admin", "demo");

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	PasswordLinks links;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Test
	void theLinkOfAnImportedPersonSetsTheirPasswordOnceAndIsRefusedAfterwards() throws Exception {
		OrganisationFixture fixture = new OrganisationFixture();
		HttpResponse<String> imported = new DirectoryHttp(this.port).upload("/api/directory/import", ADMIN,
				Map.of("file", Map.entry("to-chuc.xlsx", fixture.workbook())));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		JsonNode link = null;
		for (JsonNode l : this.json.readTree(imported.body()).get("passwordLinks")) {
			if (l.get("username").asText().equals(fixture.l + "vanthu")) {
				link = l;
			}
		}
		assertThat(link).isNotNull();
		assertThat(link.get("mailed").asBoolean()).as("no address, no mail server").isFalse();
		String path = link.get("path").asText();
		String token = path.substring(path.indexOf("token=") + 6);
		String login = fixture.l + "vanthu";

		WebSession browser = WebSession.anonymous(this.port);
		assertThat(browser.submitLogin(login, "").headers().firstValue("Location").orElse("")).contains("error");
		HttpResponse<String> form = browser.get(path);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Lê Thị Hoa", "id=\"password-submit\"");
		HttpResponse<String> tooShort = post(browser, token, "ngan", "ngan");
		assertThat(tooShort.statusCode()).isEqualTo(200);
		assertThat(tooShort.body()).contains("id=\"password-problem\"");
		assertThat(post(browser, token, "mat-khau-1", "mat-khau-2").body()).contains("id=\"password-problem\"");
		assertThat(this.directory.passwordHash(Username.of(login))).isEmpty();

		HttpResponse<String> set = post(browser, token, "van-thu-ba-tieu", "van-thu-ba-tieu");
		assertThat(set.statusCode()).isEqualTo(302);
		assertThat(set.headers().firstValue("Location").orElse("")).endsWith("/login?password");
		WebSession clerk = WebSession.login(this.port, login, "van-thu-ba-tieu");
		assertThat(clerk.get("/tasks").statusCode()).isEqualTo(200);

		assertThat(browser.get(path).statusCode()).as("used once").isEqualTo(404);
		assertThat(post(browser, token, "mat-khau-moi-2", "mat-khau-moi-2").statusCode()).isEqualTo(404);
		WebSession.login(this.port, login, "van-thu-ba-tieu");

		// expired: a fresh link whose lifetime has passed
		PasswordLinkIssued late = this.links.issue(Username.of(fixture.l + "chanhvp"));
		this.jdbc.sql("update one_time_link set expires_at = ? where username = ?")
			.params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), fixture.l + "chanhvp")
			.update();
		assertThat(browser.get(late.path()).statusCode()).isEqualTo(404);
		// a setup token is not a password link
		assertThat(browser.get("/set-password?token=nothing").statusCode()).isEqualTo(404);
	}

	@Test
	void onlyAdministratorsUseTheDirectoryApiAndATokenCannotImport() {
		DirectoryHttp http = new DirectoryHttp(this.port);
		String clerk = DirectoryHttp.basic("chuyenvien", "demo");
		String clerkToken = "Bearer "
				+ this.tokens.issue(Username.of("chuyenvien"), "thử", Duration.ofDays(1)).secret();
		String adminToken = "Bearer " + this.tokens.issue(Username.of("admin"), "thử", Duration.ofDays(1)).secret();
		for (String path : new String[] { "/api/directory/units", "/api/directory/people",
				"/api/directory/import/template" }) {
			assertThat(http.get(path, null).statusCode()).as(path + " anonymous").isEqualTo(401);
			HttpResponse<String> denied = http.get(path, clerk);
			assertThat(denied.statusCode()).as(path + " clerk").isEqualTo(403);
			assertThat(denied.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
			assertThat(http.get(path, clerkToken).statusCode()).as(path + " clerk's token").isEqualTo(403);
			assertThat(http.get(path, adminToken).statusCode()).as(path + " admin's token").isEqualTo(200);
		}
		byte[] workbook = new OrganisationFixture().workbook();
		Map<String, Map.Entry<String, byte[]>> file = Map.of("file", Map.entry("to-chuc.xlsx", workbook));
		// an anonymous POST meets the CSRF check (no session, no Authorization) before
		// the login
		assertThat(http.upload("/api/directory/import", null, file).statusCode()).isIn(401, 403);
		assertThat(http.upload("/api/directory/import", clerk, file).statusCode()).isEqualTo(403);
		assertThat(http.upload("/api/directory/import", clerkToken, file).statusCode()).isEqualTo(403);
		HttpResponse<String> byToken = http.upload("/api/directory/import", adminToken, file);
		assertThat(byToken.statusCode()).as("a token would hand out password links").isEqualTo(403);
		assertThat(http.upload("/api/directory/import?preview=true", adminToken, file).statusCode()).isEqualTo(200);

		assertThat(WebSession.login(this.port, "chuyenvien", "demo").get("/admin/directory/import").statusCode())
			.isEqualTo(403);
		HttpResponse<String> page = WebSession.login(this.port, "admin", "demo").get("/admin/directory/import");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"import-form\"", "/api/directory/import/template");
	}

	private static HttpResponse<String> post(WebSession browser, String token, String password, String confirmation) {
		String csrf = WebSession.csrfToken(browser.get("/login").body());
		return browser.postForm("/set-password", "token=" + enc(token) + "&password=" + enc(password) + "&confirmation="
				+ enc(confirmation) + "&_csrf=" + enc(csrf));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
