package vn.vanthu.account;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;
import vn.vanthu.audit.AuditEntry;
import vn.vanthu.audit.AuditQuery;
import vn.vanthu.audit.JdbcAuditEventRepository;
import vn.vanthu.directory.ApiTokens;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Username;
import vn.vanthu.platform.Paging;

import static org.assertj.core.api.Assertions.assertThat;

/** Session time-out, and what the audit log records and serves. */
@VanthuIntegrationTest
class SessionAndAuditTests {

	@Autowired
	TestRestTemplate rest;

	@LocalServerPort
	int port;

	@Autowired
	ServletWebServerApplicationContext web;

	@Autowired
	ServerProperties server;

	@Autowired
	JdbcAuditEventRepository audit;

	@Autowired
	Directory directory;

	@Autowired
	ApiTokens tokens;

	@Test
	void sessionsTimeOutAfterTheConfiguredPeriod() {
		assertThat(this.server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
		assertThat(tomcat().getSessionTimeout()).isEqualTo(30);
	}

	@Test
	void anExpiredSessionLandsOnTheLoginPageWithAMessageAndComesBack() throws Exception {
		WebSession browser = WebSession.login(this.port, "vanthu", "demo");
		assertThat(browser.get("/tasks").statusCode()).isEqualTo(200);
		expire(browser.cookie("JSESSIONID").orElseThrow());

		HttpResponse<String> page = browser.get("/documents");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
		String login = browser.get("/login?expired").body();
		assertThat(login).contains("id=\"login-expired\"").contains("Phiên làm việc đã hết hạn");
		// after logging in again, back to the page asked for
		HttpResponse<String> again = browser.submitLogin("vanthu", "demo");
		assertThat(again.headers().firstValue("Location").orElseThrow()).contains("/documents");

		WebSession api = WebSession.login(this.port, "vanthu", "demo");
		expire(api.cookie("JSESSIONID").orElseThrow());
		HttpResponse<String> call = api.get("/api/tokens");
		assertThat(call.statusCode()).isEqualTo(401);
		assertThat(call.body()).contains("urn:vanthu:problem:session-expired");
	}

	@Test
	void loggingOutIsNotAnExpiredSessionAndBasicCreatesNoSession() {
		WebSession browser = WebSession.login(this.port, "vanthu", "demo");
		String token = WebSession.csrfToken(browser.get("/account/password").body());
		HttpResponse<String> out = browser.postForm("/logout", "_csrf=" + token);
		assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
		HttpResponse<String> login = browser.get("/login?logout");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).doesNotContain("login-expired");

		ResponseEntity<String> basic = this.rest.withBasicAuth("vanthu", "demo")
			.getForEntity("/api/tokens", String.class);
		assertThat(basic.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(basic.getHeaders().get("Set-Cookie")).isNull();
	}

	@Test
	void loginsLogoutsAndAdminActionsAreRecordedAndFilterable() {
		Instant start = Instant.now().minusSeconds(1);
		WebSession browser = WebSession.login(this.port, "truongban2", "demo");
		WebSession.anonymous(this.port).submitLogin("truongban2", "nhầm mật khẩu");
		String token = WebSession.csrfToken(browser.get("/account/password").body());
		browser.postForm("/logout", "_csrf=" + token);

		List<String> types = since(start, "truongban2").stream().map(AuditEntry::type).toList();
		assertThat(types).contains("AUTHENTICATION_SUCCESS", "AUTHENTICATION_FAILURE", "LOGOUT_SUCCESS");
		AuditEntry failure = since(start, "truongban2").stream()
			.filter((e) -> e.type().equals("AUTHENTICATION_FAILURE"))
			.findFirst()
			.orElseThrow();
		assertThat(failure.data()).containsEntry("reason", "BadCredentialsException").containsKey("remoteAddress");

		// an administrator's directory change and a token, with the administrator as
		// actor
		WebSession admin = WebSession.login(this.port, "admin", "demo");
		String csrf = WebSession.csrfToken(admin.get("/admin").body());
		admin.postForm("/admin/units", "code=AUDIT" + start.getEpochSecond() % 100000
				+ "&name=Ph%C3%B2ng+th%E1%BB%AD&kind=" + vn.vanthu.directory.UnitKind.values()[0] + "&_csrf=" + csrf);
		assertThat(since(start, "admin")).anyMatch((e) -> e.type().equals("DIRECTORY_CHANGED")
				&& String.valueOf(e.data().get("unit")).startsWith("AUDIT"));
		String owner = "au" + start.getEpochSecond() % 1000000;
		this.directory.savePerson(new Person(Username.of(owner), "Chủ mã", null, false, List.of()), "Mật khẩu thử dài");
		this.tokens.issue(Username.of(owner), "thử", null);
		assertThat(since(start, "system")).anyMatch((e) -> e.type().equals("API_TOKEN_ISSUED"));

		// the API: filtered by who, what and when, paged, newest first
		ResponseEntity<AuditEntry[]> page = this.rest.withBasicAuth("admin", "demo")
			.getForEntity("/api/audit?principal=truongban2&type=LOGOUT_SUCCESS&from=" + start + "&size=1",
					AuditEntry[].class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).hasSize(1);
		assertThat(page.getBody()[0].principal()).isEqualTo("truongban2");
		assertThat(page.getBody()[0].type()).isEqualTo("LOGOUT_SUCCESS");
		ResponseEntity<AuditEntry[]> future = this.rest.withBasicAuth("admin", "demo")
			.getForEntity("/api/audit?principal=truongban2&from=" + Instant.now().plusSeconds(3600),
					AuditEntry[].class);
		assertThat(future.getBody()).isEmpty();
		assertThat(this.rest.withBasicAuth("admin", "demo")
			.getForEntity("/api/audit?size=1000", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		// the page
		String html = admin.get("/admin/audit?principal=truongban2&type=LOGOUT_SUCCESS").body();
		assertThat(html).contains("LOGOUT_SUCCESS").doesNotContain("<td>AUTHENTICATION_FAILURE</td>");
	}

	private List<AuditEntry> since(Instant start, String principal) {
		return this.audit.search(new AuditQuery(principal, null, start, null), new Paging(0, 100));
	}

	private Context tomcat() {
		return (Context) ((TomcatWebServer) this.web.getWebServer()).getTomcat().getHost().findChildren()[0];
	}

	private void expire(String sessionId) throws Exception {
		Session session = tomcat().getManager().findSession(sessionId);
		assertThat(session).isNotNull();
		session.expire();
	}

}
