package vn.vanthu.platform;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/** One login in front of the pages, the API and the engine's REST API and web apps. */
@VanthuIntegrationTest
class SecurityIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@LocalServerPort
	int port;

	@Test
	void anonymousEngineRestGets401ProblemDetailAndNoData() {
		ResponseEntity<String> response = this.rest.getForEntity("/engine-rest/process-definition", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(response.getHeaders().getContentType()))
			.isTrue();
		assertThat(response.getBody()).contains("\"status\":401").doesNotContain("\"key\"");
	}

	@Test
	void anonymousApiGets401() {
		ResponseEntity<String> response = this.rest.getForEntity("/api/search?q=x", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
	}

	@Test
	void wrongPasswordOnApiGets401() {
		ResponseEntity<String> response = this.rest.withBasicAuth("chuyenvien", "wrong")
			.getForEntity("/engine-rest/user", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void engineRestIsForAdministratorsOnly() {
		ResponseEntity<String> staff = this.rest.withBasicAuth("chuyenvien", "demo")
			.getForEntity("/engine-rest/user", String.class);
		assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(staff.getBody()).contains("Không có quyền");

		ResponseEntity<String> admin = this.rest.withBasicAuth("admin", "demo")
			.getForEntity("/engine-rest/user?id=chuyenvien", String.class);
		assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(admin.getBody()).contains("\"id\":\"chuyenvien\"");
	}

	@Test
	void engineWebAppsTrustTheSameLoginAndAreForAdministratorsOnly() {
		WebSession admin = WebSession.login(this.port, "admin", "demo");
		// as in a browser: the app page first, which hands the login to the web apps
		assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
		HttpResponse<String> user = admin.get("/camunda/api/admin/auth/user/default/");
		assertThat(user.statusCode()).isEqualTo(200);
		assertThat(user.body()).contains("\"userId\":\"admin\"").contains("cockpit");

		WebSession staff = WebSession.login(this.port, "truongban1", "demo");
		assertThat(staff.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
		assertThat(staff.get("/camunda/api/admin/auth/user/default/").statusCode()).isEqualTo(403);
	}

	@Test
	void anonymousCockpitIsRedirectedToTheLoginPage() {
		HttpResponse<String> response = WebSession.anonymous(this.port).get("/camunda/app/cockpit/default/");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
	}

	@Test
	void wrongPasswordOnTheLoginFormIsRefused() {
		HttpResponse<String> response = WebSession.anonymous(this.port).submitLogin("chuyenvien", "sai-mat-khau");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
	}

	@Test
	void loginPageSpeaksVietnameseAndEnglishOnRequest() {
		assertThat(this.rest.getForObject("/login", String.class)).contains("Đăng nhập Vanthu", "Mật khẩu");
		assertThat(this.rest.getForObject("/login?lang=en", String.class)).contains("Log in to Vanthu");
	}

	@Test
	void healthReportsDatabaseEngineAndElasticsearchToAdministrators() {
		String health = this.rest.withBasicAuth("admin", "demo").getForObject("/actuator/health", String.class);
		assertThat(health).contains("\"db\":{\"status\":\"UP\"")
			.contains("\"processEngine\":{\"status\":\"UP\"")
			.contains("\"elasticsearch\":{\"status\":\"UP\"");
	}

	@Test
	void openApiDescribesTheApiToLoggedInUsersOnly() {
		ResponseEntity<String> docs = this.rest.withBasicAuth("chuyenvien", "demo")
			.getForEntity("/v3/api-docs", String.class);
		assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(docs.getBody()).contains("\"/api/search\"", "\"/api/documents\"", "\"/api/drafts\"");
		HttpResponse<String> anonymous = WebSession.anonymous(this.port).get("/v3/api-docs");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.body()).doesNotContain("openapi");
	}

}
