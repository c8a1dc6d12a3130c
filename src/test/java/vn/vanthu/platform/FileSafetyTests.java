package vn.vanthu.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files never run in Vanthu's origin: a hostile drafter uploads HTML and SVG with script,
 * declared as {@code text/html}; a recipient of the round who opens them gets a download
 * of an opaque type with a script-forbidding policy, and the page's "Xem" shows their
 * text, escaped. PDF and raster images still open in the browser.
 */
@VanthuIntegrationTest
class FileSafetyTests {

	static final String HTML = "<!DOCTYPE html><html><head><title>Kế hoạch</title></head><body>"
			+ "<p>KẾ HOẠCH tổ chức hội nghị</p><script>fetch('/api/documents').then(r=>r.text()).then(alert)</script>"
			+ "</body></html>";

	static final String SVG = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
			+ "<script>alert(document.cookie)</script><text x=\"0\" y=\"5\">Sơ đồ</text></svg>";

	@Autowired
	TestRestTemplate rest;

	@LocalServerPort
	int port;

	@Test
	void htmlAndSvgDraftsWithScriptNeverRunForTheirRecipients() {
		for (String[] file : List.of(new String[] { "ke-hoach.html", HTML }, new String[] { "so-do.svg", SVG })) {
			long draft = draftWithRound(file[0], file[1].getBytes(StandardCharsets.UTF_8), "text/html");
			ResponseEntity<byte[]> opened = this.rest.withBasicAuth("truongban1", "demo")
				.getForEntity("/api/drafts/" + draft + "/versions/1/file?inline=true", byte[].class);
			assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.OK);
			HttpHeaders headers = opened.getHeaders();
			assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).as(file[0]).startsWith("attachment");
			assertThat(baseType(headers)).as(file[0]).isEqualTo("application/octet-stream");
			assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'none'").contains("sandbox");
			assertThat(headers.getFirst("X-Frame-Options")).isNotNull();
			assertThat(headers.getFirst("Referrer-Policy")).isNotNull();
			// the bytes are kept as they came
			assertThat(new String(opened.getBody(), StandardCharsets.UTF_8)).isEqualTo(file[1]);

			// "Xem": the page shows the extracted text, escaped, under the pages' policy
			WebSession recipient = WebSession.login(this.port, "truongban1", "demo");
			HttpResponse<String> view = recipient.get("/drafts/" + draft + "/versions/1/view");
			assertThat(view.statusCode()).as(file[0]).isEqualTo(200);
			assertThat(view.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
			assertThat(view.body()).contains("id=\"preview-text\"")
				.doesNotContain("<script>alert")
				.doesNotContain("<script>fetch")
				.doesNotContain("<svg xmlns");
			assertThat(view.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
				.doesNotContain("unsafe-inline");
		}
	}

	@Test
	void theTypeIsDetectedFromTheBytesNotTakenFromTheUploader() {
		long draft = draftWithRound("du-thao.pdf", HTML.getBytes(StandardCharsets.UTF_8), "application/pdf");
		Map<?, ?> detail = this.rest.withBasicAuth("chuyenvien", "demo")
			.getForEntity("/api/drafts/" + draft, Map.class)
			.getBody();
		Map<?, ?> version = (Map<?, ?>) ((List<?>) detail.get("versions")).get(0);
		assertThat(version.get("contentType")).isEqualTo("text/html");
		ResponseEntity<byte[]> opened = this.rest.withBasicAuth("truongban1", "demo")
			.getForEntity("/api/drafts/" + draft + "/versions/1/file?inline=true", byte[].class);
		assertThat(opened.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
		assertThat(baseType(opened.getHeaders())).isEqualTo("application/octet-stream");
	}

	@Test
	void pdfAndRasterImagesStillOpenInTheBrowser() throws Exception {
		long pdf = draftWithRound("du-thao.pdf",
				"%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.UTF_8), "text/html");
		ResponseEntity<byte[]> shown = this.rest.withBasicAuth("truongban1", "demo")
			.getForEntity("/api/drafts/" + pdf + "/versions/1/file?inline=true", byte[].class);
		assertThat(shown.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
		assertThat(baseType(shown.getHeaders())).isEqualTo("application/pdf");
		assertThat(shown.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
		// without ?inline it is a download
		assertThat(this.rest.withBasicAuth("truongban1", "demo")
			.getForEntity("/api/drafts/" + pdf + "/versions/1/file", byte[].class)
			.getHeaders()
			.getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
		// the page's "Xem" opens the file itself
		HttpResponse<String> view = WebSession.login(this.port, "truongban1", "demo")
			.get("/drafts/" + pdf + "/versions/1/view");
		assertThat(view.statusCode()).isEqualTo(302);
		assertThat(view.headers().firstValue("Location").orElse("")).endsWith("/versions/1/file?inline=true");

		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
		long image = draftWithRound("so-do.png", png.toByteArray(), "image/svg+xml");
		ResponseEntity<byte[]> picture = this.rest.withBasicAuth("truongban1", "demo")
			.getForEntity("/api/drafts/" + image + "/versions/1/file?inline=true", byte[].class);
		assertThat(picture.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
		assertThat(baseType(picture.getHeaders())).isEqualTo("image/png");
	}

	@Test
	void pagesAndTheApiCarryTheSecurityHeadersAndTheEngineWebAppsTheirOwnPolicy() {
		WebSession user = WebSession.login(this.port, "chuyenvien", "demo");
		HttpResponse<String> page = user.get("/tasks");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp)
					.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
							"frame-ancestors 'self'")
					.doesNotContain("unsafe"));
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		// no inline script or handler left in a page
		assertThat(page.body()).contains("/js/vanthu.js").doesNotContain("<script>").doesNotContain("onclick=");

		ResponseEntity<String> api = this.rest.withBasicAuth("chuyenvien", "demo")
			.getForEntity("/api/documents", String.class);
		assertThat(api.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
		assertThat(api.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

		HttpResponse<String> cockpit = WebSession.login(this.port, "admin", "demo")
			.get("/camunda/app/cockpit/default/");
		assertThat(cockpit.statusCode()).isEqualTo(200);
		List<String> policies = cockpit.headers().allValues("Content-Security-Policy");
		assertThat(policies).hasSize(1);
		assertThat(policies.get(0)).contains("'unsafe-eval'").contains("nonce-");
	}

	/** The served type without parameters (the server adds a charset to every answer). */
	private static String baseType(HttpHeaders headers) {
		MediaType type = headers.getContentType();
		return type.getType() + "/" + type.getSubtype();
	}

	private long draftWithRound(String name, byte[] bytes, String declaredType) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("subject", "Dự thảo " + name + " " + System.nanoTime());
		form.add("kind", "KH");
		HttpHeaders part = new HttpHeaders();
		part.setContentType(MediaType.parseMediaType(declaredType));
		form.add("file", new HttpEntity<>(new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		}, part));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<Map> created = this.rest.withBasicAuth("chuyenvien", "demo")
			.postForEntity("/api/drafts", new HttpEntity<>(form, headers), Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = ((Number) ((Map<?, ?>) created.getBody().get("id")).get("value")).longValue();
		ResponseEntity<Map> round = this.rest.withBasicAuth("chuyenvien", "demo")
			.postForEntity("/api/drafts/" + id + "/rounds", Map.of("recipients", List.of("truongban1"), "deadline",
					"2099-12-01T17:00:00+07:00", "message", "Đề nghị góp ý"), Map.class);
		assertThat(round.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return id;
	}

}
