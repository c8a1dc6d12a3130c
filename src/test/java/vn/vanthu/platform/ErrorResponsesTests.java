package vn.vanthu.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;
import vn.vanthu.document.StoredFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error is an RFC 9457 problem detail in the API and a page in the reader's
 * language for browsers: uploads too large or badly named or typed, page sizes beyond the
 * maximum, unknown addresses, denials and failures.
 */
@VanthuIntegrationTest
class ErrorResponsesTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StoredFiles files;

	@LocalServerPort
	int port;

	@Test
	void anUploadOverTheLimitIs413WithAProblemBody() throws Exception {
		String boundary = "----vanthu" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		long size = 150L * 1024 * 1024;
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/documents"))
			.header("Authorization", basic("chuyenvien"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers
				.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
						new SequenceInputStream(new java.io.ByteArrayInputStream(head), new Zeros(size)),
						new java.io.ByteArrayInputStream(tail))), head.length + size + tail.length))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":413").contains("100 MB");
	}

	@Test
	void aVeryLongFileNameIs400NamingTheLimit() {
		ResponseEntity<String> response = upload("/api/documents", "a".repeat(300) + ".txt", "text/plain",
				"Công văn số 1/UBND".getBytes(StandardCharsets.UTF_8));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(response.getBody()).contains("file-name-too-long").contains("255");
		// beyond what the container reads of a part's headers: 413, with a problem body
		ResponseEntity<String> huge = upload("/api/documents", "b".repeat(5000) + ".txt", "text/plain",
				"Công văn số 2/UBND".getBytes(StandardCharsets.UTF_8));
		assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(huge.getBody()).contains("\"status\":413").contains("255 ký tự");
	}

	@Test
	void anUnparseableContentTypeIsRefusedAtUploadOnEveryUploadPath() throws Exception {
		for (String path : List.of("/api/documents", "/api/drafts", "/api/incoming")) {
			String boundary = "----vanthu" + System.nanoTime();
			String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nThử\r\n" + "--"
					+ boundary + "\r\nContent-Disposition: form-data; name=\"unit\"\r\n\r\nXA-BATIEU\r\n" + "--"
					+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cong-van.txt\"\r\n"
					+ "Content-Type: van ban/??;;=\r\n\r\nCông văn số 3/UBND\r\n--" + boundary + "--\r\n";
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", basic("vanthu"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build();
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path)
				.startsWith("application/problem+json");
			assertThat(response.body()).as(path).contains("upload-content-type").contains("Content-Type");
		}
	}

	@Test
	void aDraftStoredWithAWeirdTypeCanStillBeDownloaded() {
		ResponseEntity<String> created = upload("/api/drafts", "du-thao.txt", "text/plain",
				("Dự thảo " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = Long.parseLong(created.getBody().replaceAll("(?s).*?\"id\":\\{\"value\":(\\d+)}.*", "$1"));
		// as a version stored before types were detected would be
		this.jdbc.sql("update draft_version set content_type = 'văn bản/??;;=' where draft_id = ?").param(id).update();
		ResponseEntity<String> file = this.rest.withBasicAuth("chuyenvien", "demo")
			.getForEntity("/api/drafts/" + id + "/versions/1/file", String.class);
		assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(file.getBody()).startsWith("Dự thảo ");
		assertThat(file.getHeaders().getContentType().toString()).startsWith("text/plain");
	}

	@Test
	void pageSizesAreCappedWithAProblem() {
		ResponseEntity<Map> huge = this.rest.withBasicAuth("admin", "demo")
			.getForEntity("/api/documents?size=1000000000", Map.class);
		assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(huge.getBody().get("maxSize")).isEqualTo(100);
		assertThat(huge.getBody().get("detail")).asString().contains("1 đến 100");
		assertThat(this.rest.withBasicAuth("admin", "demo")
			.getForEntity("/api/documents?page=2147483647&size=100", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.rest.withBasicAuth("admin", "demo").getForEntity("/api/documents?size=100", List.class))
			.satisfies((r) -> assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK));
		assertThat(this.rest.withBasicAuth("admin", "demo")
			.getForEntity("/api/search?q=x&size=101", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void apiErrorsOutsideControllersAreProblems() {
		ResponseEntity<String> unknown = this.rest.withBasicAuth("chuyenvien", "demo")
			.getForEntity("/api/khong-co-dia-chi-nay", String.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(unknown.getBody()).contains("\"status\":404").contains("Không tìm thấy");
		ResponseEntity<String> wrongMethod = this.rest.withBasicAuth("chuyenvien", "demo")
			.exchange("/api/documents", org.springframework.http.HttpMethod.DELETE, null, String.class);
		assertThat(wrongMethod.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(wrongMethod.getBody()).contains("\"status\":405");
	}

	@Test
	void browsersGetErrorPagesInVietnameseOrEnglish() throws IOException {
		WebSession staff = WebSession.login(this.port, "truongban1", "demo");
		HttpResponse<String> denied = staff.get("/admin");
		assertThat(denied.statusCode()).isEqualTo(403);
		assertThat(denied.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(denied.body()).contains("Bạn không có quyền xem trang này").doesNotContain("Whitelabel");
		assertThat(staff.get("/admin?lang=en").body()).contains("You are not allowed to see this page");

		WebSession vietnamese = WebSession.login(this.port, "truongban2", "demo");
		HttpResponse<String> missing = vietnamese.get("/khong-co-trang-nay");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Không tìm thấy trang hoặc văn bản này").doesNotContain("\"status\"");

		// a page failing inside: a stored file damaged on disk
		ResponseEntity<String> created = upload("/api/drafts", "du-thao.txt", "text/plain",
				("Dự thảo hỏng " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
		long id = Long.parseLong(created.getBody().replaceAll("(?s).*?\"id\":\\{\"value\":(\\d+)}.*", "$1"));
		String sha = this.jdbc.sql("select file_sha256 from draft_version where draft_id = ?")
			.param(id)
			.query(String.class)
			.single();
		Files.writeString(this.files.pathOf(sha), "hỏng");
		WebSession drafter = WebSession.login(this.port, "chuyenvien", "demo");
		HttpResponse<String> failed = drafter.get("/drafts/" + id + "/versions/1/view");
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(failed.body()).contains("Hệ thống gặp lỗi").doesNotContain(sha).doesNotContain("Exception");
		HttpResponse<String> failedInEnglish = drafter.get("/drafts/" + id + "/versions/1/view?lang=en");
		assertThat(failedInEnglish.body()).contains("The system had an error");
	}

	private ResponseEntity<String> upload(String path, String name, String type, byte[] bytes) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("subject", "Tải lên thử " + System.nanoTime());
		form.add("kind", "KH");
		HttpHeaders part = new HttpHeaders();
		part.set(HttpHeaders.CONTENT_TYPE, type);
		form.add("file", new HttpEntity<>(new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		}, part));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		return this.rest.withBasicAuth("chuyenvien", "demo")
			.postForEntity(path, new HttpEntity<>(form, headers), String.class);
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	/** {@code size} zero bytes, without holding them. */
	private static final class Zeros extends InputStream {

		private long left;

		Zeros(long size) {
			this.left = size;
		}

		@Override
		public int read() {
			return (this.left-- > 0) ? 0 : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.left <= 0) {
				return -1;
			}
			int n = (int) Math.min(len, this.left);
			java.util.Arrays.fill(b, off, off + n, (byte) 0);
			this.left -= n;
			return n;
		}

	}

}
