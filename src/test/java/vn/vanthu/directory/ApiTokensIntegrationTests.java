package vn.vanthu.directory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API tokens over HTTP: what they open, everything that must refuse them, service
 * accounts, and the cached Basic check forgetting a changed password.
 */
@VanthuIntegrationTest
class ApiTokensIntegrationTests {

	private static final AtomicInteger NEXT = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	ApiTokens tokens;

	@Autowired
	ApiTokenUses uses;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aTokenIssuedWithBasicOpensTheApiWithoutASessionAndIsListedWithoutItsSecret() throws Exception {
		HttpResponse<String> issued = send(post("/api/tokens", "{\"name\":\"Đồng bộ\",\"expiresInDays\":30}")
			.header("Authorization", basic("chuyenvien", "demo")));
		assertThat(issued.statusCode()).isEqualTo(201);
		JsonNode body = this.json.readTree(issued.body());
		String token = body.get("token").asText();
		assertThat(token).startsWith("vt_" + body.get("id").asText() + "_");
		assertThat(Duration.between(Instant.parse(body.get("createdAt").asText()),
				Instant.parse(body.get("expiresAt").asText())))
			.isEqualTo(Duration.ofDays(30));
		assertThat(this.jdbc.sql("select secret_hash from api_token where id = ?")
			.param(body.get("id").asText())
			.query(String.class)
			.single()).hasSize(64).isNotEqualTo(token);

		HttpResponse<String> search = send(get("/api/search?q=x").header("Authorization", "Bearer " + token));
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(search.headers().allValues("Set-Cookie")).isEmpty();

		this.uses.flush();
		HttpResponse<String> list = send(get("/api/tokens").header("Authorization", "Bearer " + token));
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(body.get("id").asText())
			.contains("\"lastUsedAt\"")
			.doesNotContain(token.substring(20));
	}

	@Test
	void expiredRevokedAndWrongSecretTokensAre401ProblemDetails() throws Exception {
		IssuedApiToken expired = this.tokens.issue(Username.of("chuyenvien"), "hết hạn", Duration.ofDays(1));
		this.jdbc.sql("update api_token set expires_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(1)), expired.token().id().value())
			.update();
		assertRefused(expired.secret());

		IssuedApiToken revoked = this.tokens.issue(Username.of("chuyenvien"), "thu hồi", null);
		assertThat(bearerSearch(revoked.secret()).statusCode()).isEqualTo(200);
		HttpResponse<String> revoke = send(HttpRequest.newBuilder(uri("/api/tokens/" + revoked.token().id()))
			.DELETE()
			.header("Authorization", "Bearer " + revoked.secret()));
		assertThat(revoke.statusCode()).isEqualTo(204);
		assertRefused(revoked.secret());

		IssuedApiToken good = this.tokens.issue(Username.of("chuyenvien"), "đúng", null);
		String secret = good.secret();
		char last = secret.charAt(secret.length() - 1);
		String wrongSecret = secret.substring(0, secret.length() - 1) + ((last == 'A') ? 'B' : 'A');
		assertRefused(wrongSecret);
		assertRefused("vt_" + good.token().id() + "_short");
		assertThat(bearerSearch(secret).statusCode()).isEqualTo(200);
	}

	@Test
	void aDisabledPersonsTokenAndCachedBasicLoginStopAtOnce() throws Exception {
		Username who = newPerson("pw-1");
		IssuedApiToken token = this.tokens.issue(who, "script", null);
		assertThat(bearerSearch(token.secret()).statusCode()).isEqualTo(200);
		assertThat(send(get("/api/search?q=x").header("Authorization", basic(who.value(), "pw-1"))).statusCode())
			.isEqualTo(200);

		this.directory.setEnabled(who, false);
		assertRefused(token.secret());
		assertThat(send(get("/api/search?q=x").header("Authorization", basic(who.value(), "pw-1"))).statusCode())
			.isEqualTo(401);

		this.directory.setEnabled(who, true);
		assertThat(bearerSearch(token.secret()).statusCode()).isEqualTo(200);
	}

	@Test
	void aChangedPasswordIsNotAcceptedFromTheBasicCache() throws Exception {
		Username who = newPerson("old-password");
		assertThat(
				send(get("/api/search?q=x").header("Authorization", basic(who.value(), "old-password"))).statusCode())
			.isEqualTo(200);
		Person person = this.directory.person(who);
		this.directory.savePerson(person, "new-password");
		assertThat(
				send(get("/api/search?q=x").header("Authorization", basic(who.value(), "old-password"))).statusCode())
			.isEqualTo(401);
		assertThat(
				send(get("/api/search?q=x").header("Authorization", basic(who.value(), "new-password"))).statusCode())
			.isEqualTo(200);
	}

	@Test
	void engineRestAndWebAppsRefuseANonAdminTokenAndAcceptAnAdminOne() throws Exception {
		String staff = this.tokens.issue(Username.of("truongban1"), "engine", null).secret();
		HttpResponse<String> rest = send(get("/engine-rest/user").header("Authorization", "Bearer " + staff));
		assertThat(rest.statusCode()).isEqualTo(403);
		assertThat(rest.body()).contains("\"status\":403");
		assertThat(send(get("/engine-rest/process-definition").header("Authorization", "Bearer " + staff)).statusCode())
			.isEqualTo(403);
		assertThat(send(get("/camunda/api/admin/auth/user/default/").header("Authorization", "Bearer " + staff))
			.statusCode()).isEqualTo(403);
		assertThat(send(get("/camunda/app/cockpit/default/").header("Authorization", "Bearer " + staff)).statusCode())
			.isIn(302, 401, 403);

		String admin = this.tokens.issue(Username.of("admin"), "engine", null).secret();
		HttpResponse<String> asAdmin = send(
				get("/engine-rest/user?id=chuyenvien").header("Authorization", "Bearer " + admin));
		assertThat(asAdmin.statusCode()).isEqualTo(200);
		assertThat(asAdmin.body()).contains("\"id\":\"chuyenvien\"");
	}

	@Test
	void aTokenInTheQueryStringIsRefusedEvenWithAGoodHeader() throws Exception {
		String token = this.tokens.issue(Username.of("chuyenvien"), "url", null).secret();
		HttpResponse<String> inQuery = send(get("/api/search?q=x&access_token=" + token));
		assertThat(inQuery.statusCode()).isEqualTo(400);
		assertThat(inQuery.body()).contains("urn:vanthu:problem:token-in-url");
		HttpResponse<String> asValue = send(get("/api/search?q=" + token).header("Authorization", "Bearer " + token));
		assertThat(asValue.statusCode()).isEqualTo(400);
	}

	@Test
	void aTokenCannotIssueTokens() throws Exception {
		String token = this.tokens.issue(Username.of("chuyenvien"), "no mint", null).secret();
		HttpResponse<String> mint = send(
				post("/api/tokens", "{\"name\":\"con\"}").header("Authorization", "Bearer " + token));
		assertThat(mint.statusCode()).isEqualTo(403);
		assertThat(mint.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
	}

	@Test
	void invalidRequestsAreProblemDetails() throws Exception {
		HttpResponse<String> tooLong = send(post("/api/tokens", "{\"name\":\"x\",\"expiresInDays\":4000}")
			.header("Authorization", basic("chuyenvien", "demo")));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("365");
		HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/api/tokens/0123456789abcdef"))
			.DELETE()
			.header("Authorization", basic("chuyenvien", "demo")));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
	}

	@Test
	void aServiceAccountHasTokensOnlyAndAnAdminManagesIt() throws Exception {
		String login = "svc-sync-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
		HttpResponse<String> created = send(post("/api/admin/service-accounts", "{\"username\":\"" + login
				+ "\",\"name\":\"Đồng bộ cổng\",\"unit\":\"XA-BATIEU-VP\"," + "\"position\":\"CHUYEN_VIEN\"}")
			.header("Authorization", basic("admin", "demo")));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(send(post("/api/admin/service-accounts", "{\"username\":\"x" + login + "\",\"name\":\"n\"}")
			.header("Authorization", basic("chuyenvien", "demo"))).statusCode()).isEqualTo(403);

		HttpResponse<String> issued = send(
				post("/api/admin/service-accounts/" + login + "/tokens", "{\"name\":\"cổng\",\"expiresInDays\":7}")
					.header("Authorization", basic("admin", "demo")));
		assertThat(issued.statusCode()).isEqualTo(201);
		String token = this.json.readTree(issued.body()).get("token").asText();
		assertThat(bearerSearch(token).statusCode()).isEqualTo(200);
		// no password, no pages
		assertThat(send(get("/api/search?q=x").header("Authorization", basic(login, ""))).statusCode()).isEqualTo(401);
		assertThat(send(get("/tasks").header("Authorization", "Bearer " + token)).statusCode()).isNotEqualTo(200);

		HttpResponse<String> disabled = send(HttpRequest.newBuilder(uri("/api/admin/service-accounts/" + login))
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"enabled\":false}"))
			.header("Content-Type", "application/json")
			.header("Authorization", basic("admin", "demo")));
		assertThat(disabled.statusCode()).isEqualTo(200);
		assertThat(disabled.body()).contains("\"enabled\":false");
		assertRefused(token);
		assertThat(send(
				get("/api/admin/service-accounts/chuyenvien/tokens").header("Authorization", basic("admin", "demo")))
			.statusCode()).isEqualTo(404);
	}

	private Username newPerson(String password) {
		Username who = Username.of("tok-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000);
		this.directory.savePerson(new Person(who, "Người thử token", null, false,
				List.of(new Membership(who, UnitCode.of("XA-BATIEU-VP"), Position.CHUYEN_VIEN))), password);
		return who;
	}

	private void assertRefused(String token) throws Exception {
		HttpResponse<String> response = bearerSearch(token);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
		assertThat(response.body()).contains("urn:vanthu:problem:invalid-token").doesNotContain("\"results\"");
	}

	private HttpResponse<String> bearerSearch(String token) throws Exception {
		return send(get("/api/search?q=x").header("Authorization", "Bearer " + token));
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET();
	}

	private HttpRequest.Builder post(String path, String body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
