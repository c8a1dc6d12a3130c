package vn.vanthu.search;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.search.LibraryFixtures.document;
import static vn.vanthu.search.LibraryFixtures.id;
import static vn.vanthu.search.LibraryFixtures.list;
import static vn.vanthu.search.LibraryFixtures.uploadText;

/**
 * The clerk's metadata corrections (and their denials), the admin reindex action (and its
 * denial), and one document for one file under concurrent uploads.
 */
@VanthuIntegrationTest
class LibraryClerkAndAdminTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	SearchIndex index;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SearchSettings settings;

	@Autowired
	ElasticsearchClient elasticsearch;

	@LocalServerPort
	int port;

	private long uploadRestricted(String user) {
		// not public: readable by the uploader's unit (Văn phòng xã) only
		return id(uploadText(this.rest, user,
				document("ỦY BAN NHÂN DÂN\nXÃ BA TIÊU", LibraryFixtures.uniqueNumber() + "/TB-UBND",
						LocalDate.of(2024, 9, 3), "THÔNG BÁO", "Thông báo lịch tiếp công dân " + System.nanoTime(),
						"Nội dung thông báo.\n"),
				false));
	}

	private ResponseEntity<Map<String, Object>> putMetadata(String user, long id, Map<String, Object> body) {
		return this.rest.withBasicAuth(user, "demo")
			.exchange("/api/documents/" + id + "/metadata", HttpMethod.PUT, new HttpEntity<>(body),
					new ParameterizedTypeReference<Map<String, Object>>() {
					});
	}

	@Test
	void theClerkCorrectsMetadataAndOthersAreRefused() {
		long id = uploadRestricted("vanthu");
		String number = LibraryFixtures.uniqueNumber() + "/TB-UBND";
		Map<String, Object> body = Map.of("number", number, "kind", "Thông báo", "issuer", "UBND xã Ba Tiêu",
				"issuedOn", "2024-09-05", "subject", "Thông báo lịch tiếp công dân tháng 9");
		// a reader of the document who is not its clerk: 403
		ResponseEntity<Map<String, Object>> specialist = putMetadata("chuyenvien", id, body);
		assertThat(specialist.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(specialist.getBody().get("type")).isEqualTo("urn:vanthu:problem:metadata-not-clerk");
		// someone who may not even read it: 404, as if it did not exist
		assertThat(putMetadata("truongban1", id, body).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		// a bad number: 400 with a Vietnamese detail
		ResponseEntity<Map<String, Object>> bad = putMetadata("vanthu", id, Map.of("number", "không có số"));
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) bad.getBody().get("detail")).contains("không hợp lệ");
		// the clerk of the unit: saved, and findable by the new number in another
		// spelling
		ResponseEntity<Map<String, Object>> clerk = putMetadata("vanthu", id, body);
		assertThat(clerk.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(clerk.getBody()).containsEntry("number", number).containsEntry("issuedOn", "2024-09-05");
		assertThat(list(this.rest, "chuyenvien", "/api/documents?number=" + number.replace("/", " / ")))
			.extracting((d) -> ((Number) d.get("id")).longValue())
			.containsExactly(id);
		// the administrator too
		assertThat(putMetadata("admin", id, Map.of("number", number, "subject", "Sửa bởi quản trị")).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void theDocumentPageOffersTheFormToTheClerkOnly() {
		long id = uploadRestricted("vanthu");
		WebSession specialist = WebSession.login(this.port, "chuyenvien", "demo");
		assertThat(specialist.get("/documents/" + id).body()).doesNotContain("metadata-edit");
		String page = specialist.get("/documents/" + id).body();
		HttpResponse<String> refused = specialist.postForm("/documents/" + id + "/metadata",
				"subject=x&_csrf=" + enc(WebSession.csrfToken(page)));
		assertThat(refused.statusCode()).isEqualTo(403);

		WebSession clerk = WebSession.login(this.port, "vanthu", "demo");
		String clerkPage = clerk.get("/documents/" + id).body();
		assertThat(clerkPage).contains("metadata-edit");
		String number = LibraryFixtures.uniqueNumber() + "/TB-UBND";
		HttpResponse<String> saved = clerk.postForm("/documents/" + id + "/metadata",
				"number=" + enc(number) + "&subject=" + enc("Trích yếu đã sửa") + "&issuedOn=2024-09-06&_csrf="
						+ enc(WebSession.csrfToken(clerkPage)));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(clerk.get("/documents/" + id).body()).contains("Trích yếu đã sửa").contains(number);
		// the labels come from the message bundles
		assertThat(clerk.get("/documents/" + id + "?lang=en").body()).contains("Documents cited")
			.contains("Edit document metadata");
		assertThat(clerk.get("/search?lang=vi").body()).contains("Tra cứu văn bản");
	}

	@Test
	void onlyAnAdministratorRebuildsTheIndexFromTheAdminPage() throws Exception {
		WebSession specialist = WebSession.login(this.port, "chuyenvien", "demo");
		String token = WebSession.csrfToken(specialist.get("/documents").body());
		Set<String> before = this.index.readIndices();
		assertThat(specialist.postForm("/admin/search/reindex", "_csrf=" + enc(token)).statusCode()).isEqualTo(403);
		assertThat(this.index.readIndices()).isEqualTo(before);

		// an index left by an older release's mapping: flagged until the rebuild
		String old = this.settings.alias() + "-v" + (this.settings.mappingVersion() - 1) + "-1";
		this.elasticsearch.indices().create((c) -> c.index(old));
		this.elasticsearch.indices().putAlias((a) -> a.index(old).name(this.settings.readAlias()));
		assertThat(this.index.outdatedIndices()).containsExactly(old);

		WebSession admin = WebSession.login(this.port, "admin", "demo");
		String page = admin.get("/admin/search").body();
		assertThat(page).contains("id=\"outdated\"", "ánh xạ cũ");
		String adminToken = WebSession.csrfToken(page);
		HttpResponse<String> done = admin.postForm("/admin/search/reindex", "_csrf=" + enc(adminToken));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/admin/search");
		assertThat(this.index.readIndices()).hasSize(1).doesNotContainAnyElementsOf(before).doesNotContain(old);
		assertThat(this.elasticsearch.indices().exists((e) -> e.index(old)).value()).isFalse();
		assertThat(this.index.outdatedIndices()).isEmpty();
		String after = admin.get("/admin/search").body();
		assertThat(after).contains("Đã lập lại chỉ mục").doesNotContain("id=\"outdated\"");
	}

	@Test
	void theSameFileUploadedConcurrentlyIsOneDocument() throws Exception {
		String text = document("SỞ NỘI VỤ", LibraryFixtures.uniqueNumber() + "/KH-SNV", LocalDate.of(2024, 10, 1),
				"KẾ HOẠCH", "Kế hoạch tải lên đồng thời " + System.nanoTime(), "Nội dung.\n");
		byte[] content = text.getBytes(StandardCharsets.UTF_8);
		int uploads = 4;
		ExecutorService pool = Executors.newFixedThreadPool(uploads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<ResponseEntity<Map<String, Object>>>> results = new ArrayList<>();
		for (int i = 0; i < uploads; i++) {
			int n = i;
			results.add(pool.submit(() -> {
				start.await();
				return LibraryFixtures.upload(this.rest, "chuyenvien", "cung-tep-" + n + ".txt", content, true);
			}));
		}
		start.countDown();
		List<Long> ids = new ArrayList<>();
		int created = 0;
		for (var f : results) {
			ResponseEntity<Map<String, Object>> r = f.get();
			assertThat(r.getStatusCode().value()).isIn(200, 201);
			created += r.getStatusCode() == HttpStatus.CREATED ? 1 : 0;
			ids.add(id(r));
		}
		pool.shutdown();
		assertThat(created).isEqualTo(1);
		assertThat(ids).containsOnly(ids.get(0));
		String sha = sha256(content);
		assertThat(this.jdbc.sql("select count(*) from document_version where sha256 = ?")
			.param(sha)
			.query(Long.class)
			.single()).isEqualTo(1L);
		assertThat(this.jdbc.sql("select count(*) from document where source_sha256 = ?")
			.param(sha)
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	private static String sha256(byte[] content) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
