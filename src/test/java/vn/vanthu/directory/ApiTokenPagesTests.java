package vn.vanthu.directory;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/** The token pages: a person's own tokens, the administrators' service accounts. */
@VanthuIntegrationTest
class ApiTokenPagesTests {

	private static final Pattern SECRET = Pattern.compile("id=\"issued-secret\">(vt_[^<]+)<");

	@LocalServerPort
	int port;

	@Test
	void aPersonIssuesATokenSeesItOnceUsesItAndRevokesIt() throws Exception {
		WebSession session = WebSession.login(this.port, "truongban2", "demo");
		HttpResponse<String> page = session.get("/account/tokens");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Mã truy cập API").contains("Tạo mã mới");

		HttpResponse<String> issued = session.postForm("/account/tokens",
				"name=" + enc("Báo cáo tuần") + "&days=30&_csrf=" + enc(WebSession.csrfToken(page.body())));
		assertThat(issued.statusCode()).isEqualTo(200);
		Matcher m = SECRET.matcher(issued.body());
		assertThat(m.find()).isTrue();
		String secret = m.group(1);
		assertThat(issued.body()).contains("Báo cáo tuần").contains("chỉ hiện một lần");
		assertThat(bearerSearch(secret)).isEqualTo(200);

		HttpResponse<String> again = session.get("/account/tokens");
		assertThat(again.body()).contains("Báo cáo tuần").doesNotContain(secret).doesNotContain("issued-secret");

		String id = secret.substring(3, 19);
		HttpResponse<String> revoked = session.postForm("/account/tokens/" + id + "/revoke",
				"_csrf=" + enc(WebSession.csrfToken(again.body())));
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(session.get("/account/tokens").body()).contains("Đã thu hồi");
		assertThat(bearerSearch(secret)).isEqualTo(401);
	}

	@Test
	void thePageSpeaksEnglishOnRequest() {
		WebSession session = WebSession.login(this.port, "truongban3", "demo");
		HttpResponse<String> page = session.get("/account/tokens?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("API tokens").contains("New token").doesNotContain("Tạo mã mới");
	}

	@Test
	void administratorsCreateServiceAccountsAndIssueTheirTokensOthersMayNot() throws Exception {
		WebSession admin = WebSession.login(this.port, "admin", "demo");
		HttpResponse<String> page = admin.get("/admin/service-accounts");
		assertThat(page.statusCode()).isEqualTo(200);
		String login = "svc-page-" + System.nanoTime() % 1000000;
		HttpResponse<String> created = admin.postForm("/admin/service-accounts",
				"username=" + login + "&name=" + enc("Cổng dịch vụ công") + "&unit=&position=CHUYEN_VIEN&_csrf="
						+ enc(WebSession.csrfToken(page.body())));
		assertThat(created.statusCode()).isEqualTo(302);
		page = admin.get("/admin/service-accounts");
		assertThat(page.body()).contains("Cổng dịch vụ công").contains(login);

		HttpResponse<String> issued = admin.postForm("/admin/service-accounts/" + login + "/tokens",
				"name=sync&days=7&_csrf=" + enc(WebSession.csrfToken(page.body())));
		Matcher m = SECRET.matcher(issued.body());
		assertThat(m.find()).isTrue();
		assertThat(bearerSearch(m.group(1))).isEqualTo(200);

		HttpResponse<String> disabled = admin.postForm("/admin/service-accounts/" + login + "/enabled",
				"enabled=false&_csrf=" + enc(WebSession.csrfToken(issued.body())));
		assertThat(disabled.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/service-accounts").body()).contains("Đã khóa");
		assertThat(bearerSearch(m.group(1))).isEqualTo(401);

		WebSession staff = WebSession.login(this.port, "chuyenvien", "demo");
		assertThat(staff.get("/admin/service-accounts").statusCode()).isEqualTo(403);
	}

	private int bearerSearch(String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/search?q=x"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
