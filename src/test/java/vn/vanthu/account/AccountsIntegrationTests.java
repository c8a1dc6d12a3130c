package vn.vanthu.account;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;
import vn.vanthu.audit.AuditEntry;
import vn.vanthu.audit.AuditQuery;
import vn.vanthu.audit.JdbcAuditEventRepository;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Username;
import vn.vanthu.platform.Paging;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lockout, password change and reset, through the login form, HTTP Basic and the API, on
 * the test database; the accounts' clock is fixed and moved instead of waiting.
 */
@VanthuIntegrationTest
class AccountsIntegrationTests {

	static final String PASSWORD = "Song-Hong-chay-mai";

	static final String NEW = "Mot-cum-tu-moi-kha-dai";

	@Autowired
	TestRestTemplate rest;

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	AccountClock clock;

	@Autowired
	LoginLocks locks;

	@Autowired
	JdbcAuditEventRepository audit;

	@BeforeEach
	void fixTime() {
		this.clock.fix(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	@AfterEach
	void resetTime() {
		this.clock.reset();
	}

	@Test
	void theFifthFailedFormLoginLocksUntilTheLockEnds() {
		String user = newPerson();
		WebSession browser = WebSession.anonymous(this.port);
		for (int i = 1; i <= 4; i++) {
			assertThat(location(browser.submitLogin(user, "sai-mat-khau-" + i))).endsWith("/login?error");
		}
		// four failures: not locked, and a success forgets them
		assertThat(location(browser.submitLogin(user, PASSWORD))).doesNotContain("/login");
		WebSession other = WebSession.anonymous(this.port);
		for (int i = 1; i <= 4; i++) {
			assertThat(location(other.submitLogin(user, "sai-" + i))).endsWith("/login?error");
		}
		assertThat(location(other.submitLogin(user, "sai-5"))).endsWith("/login?locked");
		assertThat(other.get("/login?locked").body()).contains("id=\"login-locked\"").contains("tạm khóa");
		// the right password is refused while locked
		assertThat(location(other.submitLogin(user, PASSWORD))).endsWith("/login?locked");

		this.clock.advance(Duration.ofMinutes(15).minusSeconds(1));
		assertThat(location(other.submitLogin(user, PASSWORD))).endsWith("/login?locked");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(location(other.submitLogin(user, PASSWORD))).doesNotContain("/login");

		assertThat(types(user)).contains(LoginLocks.LOCKED, "AUTHENTICATION_FAILURE", "AUTHENTICATION_SUCCESS");
		assertThat(entries(user, LoginLocks.LOCKED)).hasSize(1);
	}

	@Test
	void anUnknownNameLocksExactlyLikeARealOne() {
		String nobody = "khong-co-" + UUID.randomUUID().toString().substring(0, 8);
		WebSession browser = WebSession.anonymous(this.port);
		for (int i = 1; i <= 4; i++) {
			assertThat(location(browser.submitLogin(nobody, "x" + i))).endsWith("/login?error");
		}
		assertThat(location(browser.submitLogin(nobody, "x5"))).endsWith("/login?locked");
		assertThat(browser.get("/login?locked").body()).contains("id=\"login-locked\"");
	}

	@Test
	void basicAuthFailuresLockTooAndTheApiSaysSo() {
		String user = newPerson();
		for (int i = 1; i <= 5; i++) {
			assertThat(basic(user, "wrong-" + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		ResponseEntity<String> locked = basic(user, PASSWORD);
		assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(locked.getBody()).contains("urn:vanthu:problem:account-locked");

		// an administrator lifts it: listed, unlocked (audited), then the password works
		assertThat(this.rest.withBasicAuth("admin", "demo").getForObject("/api/admin/accounts/locks", String.class))
			.contains("\"login\":\"" + user + "\"");
		assertThat(this.rest.withBasicAuth("admin", "demo")
			.exchange("/api/admin/accounts/locks/" + user, org.springframework.http.HttpMethod.DELETE, null,
					String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(basic(user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(entries("admin", LoginLocks.UNLOCKED)).anyMatch((e) -> user.equals(e.data().get("login")));
	}

	@Test
	void concurrentFailuresCountOnceEachAndLockOnce() throws Exception {
		String login = "dong-thoi-" + UUID.randomUUID().toString().substring(0, 8);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Boolean>> attempts = java.util.stream.IntStream.range(0, 16)
				.mapToObj((i) -> (Callable<Boolean>) () -> this.locks.recordFailure(login).isPresent())
				.toList();
			long locking = 0;
			for (Future<Boolean> f : pool.invokeAll(attempts)) {
				locking += f.get() ? 1 : 0;
			}
			assertThat(locking).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.locks.lockedUntil(login)).contains(this.clock.now().plus(Duration.ofMinutes(15)));
		assertThat(entries(login, LoginLocks.LOCKED)).hasSize(1);

		// four concurrent failures stay under the limit
		String other = login + "-b";
		ExecutorService four = Executors.newFixedThreadPool(4);
		try {
			four.invokeAll(java.util.stream.IntStream.range(0, 4)
				.mapToObj((i) -> (Callable<Object>) () -> this.locks.recordFailure(other))
				.toList());
		}
		finally {
			four.shutdown();
		}
		assertThat(this.locks.lockedUntil(other)).isEmpty();
		assertThat(this.locks.recordFailure(other)).isPresent();
	}

	@Test
	void aPersonChangesTheirPasswordUnderThePolicy() {
		String user = newPerson();
		assertThat(change(user, PASSWORD, "ngắn").getBody()).contains("TOO_SHORT").contains("password-rejected");
		assertThat(change(user, PASSWORD, "1234567890").getBody()).contains("COMMON");
		assertThat(change(user, PASSWORD, user + "-2025!").getBody()).contains("CONTAINS_USERNAME");
		assertThat(change(user, PASSWORD, PASSWORD).getBody()).contains("SAME_AS_CURRENT");
		ResponseEntity<String> wrong = change(user, PASSWORD, "khong-phai-mat-khau", NEW);
		assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(wrong.getBody()).contains("WRONG_CURRENT").contains("Mật khẩu hiện tại không đúng");

		assertThat(change(user, PASSWORD, NEW).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(basic(user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(basic(user, NEW).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(entries(user, Passwords.CHANGED)).hasSize(1);
		assertThat(entries(user, Passwords.CHANGE_REFUSED)).hasSize(1);

		// the page: a mismatch and a success, in Vietnamese
		WebSession page = WebSession.login(this.port, user, NEW);
		String token = WebSession.csrfToken(page.get("/account/password").body());
		HttpResponse<String> mismatch = page.postForm("/account/password",
				"current=" + enc(NEW) + "&password=" + enc("cụm từ thứ ba dài") + "&confirm=khac&_csrf=" + token);
		assertThat(mismatch.body()).contains("không khớp");
		HttpResponse<String> done = page.postForm("/account/password", "current=" + enc(NEW) + "&password="
				+ enc("cụm từ thứ ba dài") + "&confirm=" + enc("cụm từ thứ ba dài") + "&_csrf=" + token);
		assertThat(location(done)).endsWith("/account/password");
		assertThat(page.get("/account/password").body()).contains("Đã đổi mật khẩu");
	}

	@Test
	void anAdministratorResetsAPasswordThatMustBeChangedAtTheNextLogin() {
		String user = newPerson();
		ResponseEntity<Map> reset = this.rest.withBasicAuth("admin", "demo")
			.postForEntity("/api/admin/accounts/" + user + "/password-reset", Map.of(), Map.class);
		assertThat(reset.getStatusCode()).isEqualTo(HttpStatus.OK);
		String temporary = (String) reset.getBody().get("temporaryPassword");
		assertThat(temporary).hasSize(14);
		assertThat(basic(user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

		// with the temporary password: nothing but the change
		ResponseEntity<String> api = basic(user, temporary);
		assertThat(api.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.getBody()).contains("password-change-required");
		WebSession page = WebSession.login(this.port, user, temporary);
		assertThat(location(page.get("/tasks"))).endsWith("/account/password?required");
		assertThat(page.get("/account/password").body()).contains("id=\"password-required\"");

		assertThat(change(user, temporary, "Mat-khau-cua-rieng-toi").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(basic(user, "Mat-khau-cua-rieng-toi").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.get("/tasks").statusCode()).isEqualTo(200);
		assertThat(entries("admin", Passwords.RESET)).anyMatch((e) -> user.equals(e.data().get("username")));

		// a password the administrator types is checked too
		ResponseEntity<String> weak = this.rest.withBasicAuth("admin", "demo")
			.postForEntity("/api/admin/accounts/" + user + "/password-reset", Map.of("password", "123"), String.class);
		assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(weak.getBody()).contains("TOO_SHORT");
	}

	@Test
	void theAdminPageShowsLocksUnlocksAndShowsATemporaryPasswordOnce() {
		String user = newPerson();
		for (int i = 1; i <= 5; i++) {
			this.locks.recordFailure(user);
		}
		WebSession admin = WebSession.login(this.port, "admin", "demo");
		String page = admin.get("/admin/accounts").body();
		assertThat(page).contains("id=\"locked-" + user + "\"").contains("Mở khóa");
		String token = WebSession.csrfToken(page);
		assertThat(location(admin.postForm("/admin/accounts/unlock", "login=" + user + "&_csrf=" + token)))
			.endsWith("/admin/accounts");
		assertThat(this.locks.lockedUntil(user)).isEmpty();
		assertThat(admin.get("/admin/accounts").body()).contains("id=\"accounts-unlocked\"");

		assertThat(location(admin.postForm("/admin/accounts/" + user + "/password", "password=&_csrf=" + token)))
			.endsWith("/admin/accounts");
		String shown = admin.get("/admin/accounts").body();
		assertThat(shown).contains("id=\"accounts-temporary\"");
		assertThat(admin.get("/admin/accounts").body()).doesNotContain("id=\"accounts-temporary\"");
	}

	@Test
	void onlyAdministratorsResetUnlockOrReadTheAuditLog() {
		String user = newPerson();
		assertThat(basicPost("chuyenvien", "/api/admin/accounts/" + user + "/password-reset").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(
				this.rest.withBasicAuth("chuyenvien", "demo").getForEntity("/api/audit", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.rest.getForEntity("/api/audit", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.rest.getForEntity("/api/admin/accounts/locks", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		WebSession staff = WebSession.login(this.port, "chuyenvien", "demo");
		assertThat(staff.get("/admin/audit").statusCode()).isEqualTo(403);
		assertThat(staff.get("/admin/accounts").statusCode()).isEqualTo(403);
		assertThat(location(WebSession.anonymous(this.port).get("/admin/audit"))).endsWith("/login");
	}

	private String newPerson() {
		String user = "tk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.directory.savePerson(new Person(Username.of(user), "Người thử " + user, null, false, List.of()), PASSWORD);
		return user;
	}

	private ResponseEntity<String> basic(String user, String password) {
		return this.rest.withBasicAuth(user, password).getForEntity("/api/tokens", String.class);
	}

	private ResponseEntity<String> basicPost(String user, String path) {
		return this.rest.withBasicAuth(user, "demo").postForEntity(path, Map.of(), String.class);
	}

	private ResponseEntity<String> change(String user, String current, String next) {
		return change(user, current, current, next);
	}

	private ResponseEntity<String> change(String user, String login, String current, String next) {
		return this.rest.withBasicAuth(user, login)
			.postForEntity("/api/account/password", Map.of("currentPassword", current, "newPassword", next),
					String.class);
	}

	private List<String> types(String principal) {
		return this.audit.search(new AuditQuery(principal, null, null, null), new Paging(0, 100))
			.stream()
			.map(AuditEntry::type)
			.toList();
	}

	private List<AuditEntry> entries(String principal, String type) {
		return this.audit.search(new AuditQuery(principal, type, null, null), new Paging(0, 100));
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(status " + response.statusCode() + ")");
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
