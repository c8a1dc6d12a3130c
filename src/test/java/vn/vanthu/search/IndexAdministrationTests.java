package vn.vanthu.search;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.search.LibraryFixtures.document;
import static vn.vanthu.search.LibraryFixtures.get;
import static vn.vanthu.search.LibraryFixtures.hitIds;
import static vn.vanthu.search.LibraryFixtures.id;
import static vn.vanthu.search.LibraryFixtures.uploadText;

/**
 * What the administrator sees of the index: counts and documents set aside (API and
 * page), the rebuild that retries them, and health while changes wait too long.
 */
@VanthuIntegrationTest
class IndexAdministrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchSettings settings;

	@Autowired
	ElasticsearchClient elasticsearch;

	@Autowired
	ObjectMapper json;

	@LocalServerPort
	int port;

	@Test
	void aDocumentTheIndexRefusesIsSetAsideReportedAndRetriedByARebuild() throws Exception {
		String marker = "sa" + LibraryFixtures.uniqueNumber();
		long numbered = id(uploadText(
				this.rest, "chuyenvien", document("SỞ TƯ PHÁP", LibraryFixtures.uniqueNumber() + "/KH-STP",
						LocalDate.of(2024, 5, 2), "KẾ HOẠCH", "Kế hoạch có số " + marker, "Nội dung " + marker + ".\n"),
				true));
		long unnumbered = id(uploadText(this.rest, "chuyenvien", "Ghi chú cuộc họp " + marker + ".\n", true));
		this.indexer.drain();
		// an index whose mapping disagrees with the shipped one (as one made by another
		// release or by hand): it takes numbers as integers and refuses "123/KH-STP"
		String index = this.settings.alias() + "-v" + this.settings.mappingVersion() + "-" + System.currentTimeMillis();
		ObjectNode mapping = (ObjectNode) this.json
			.readTree(new ClassPathResource(this.settings.mapping()).getInputStream());
		((ObjectNode) mapping.path("mappings").path("properties")).putObject("number").put("type", "long");
		this.elasticsearch.indices().create((c) -> c.index(index).withJson(new StringReader(mapping.toString())));
		Set<String> previous = this.index.readIndices();
		this.elasticsearch.indices().updateAliases((u) -> {
			previous.forEach((o) -> u.actions((a) -> a.removeIndex((r) -> r.index(o))));
			return u.actions((a) -> a.add((x) -> x.index(index).alias(this.settings.readAlias())))
				.actions((a) -> a.add((x) -> x.index(index).alias(this.settings.writeAlias()).isWriteIndex(true)));
		});
		changed(numbered);
		changed(unnumbered);
		SearchIndexer.Drain drain = this.indexer.drain();
		assertThat(drain.failed()).isZero();
		assertThat(this.indexer.pending()).isZero();

		Map<String, Object> status = get(this.rest, "admin", "/api/admin/index");
		assertThat(status).containsKeys("library", "indexed", "pending", "failed");
		assertThat(((Number) status.get("failed")).longValue()).isGreaterThanOrEqualTo(1);
		assertThat(((Number) status.get("library")).longValue())
			.isGreaterThan(((Number) status.get("indexed")).longValue());
		Map<String, Object> setAside = setAside(status, numbered);
		assertThat((String) setAside.get("reason")).contains("[number]");
		assertThat(setAside(status, unnumbered)).isNull();
		// the other document of the batch went through
		assertThat(hitIds(get(this.rest, "truongban3", "/api/search?q=" + marker))).containsExactly(unnumbered);
		assertThat(this.rest.withBasicAuth("chuyenvien", "demo")
			.getForEntity("/api/admin/index", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		WebSession admin = WebSession.login(this.port, "admin", "demo");
		String page = admin.get("/admin/search").body();
		assertThat(page).contains("id=\"set-aside\"", "/documents/" + numbered + "\"", "[number]");

		// the rebuild writes every document into an index with the shipped mapping
		HttpResponse<String> rebuilt = admin.postForm("/admin/search/reindex",
				"_csrf=" + URLEncoder.encode(WebSession.csrfToken(page), StandardCharsets.UTF_8));
		assertThat(rebuilt.statusCode()).isEqualTo(302);
		Map<String, Object> after = get(this.rest, "admin", "/api/admin/index");
		assertThat(setAside(after, numbered)).isNull();
		assertThat(((Number) after.get("failed")).longValue())
			.isEqualTo(((Number) status.get("failed")).longValue() - 1);
		assertThat(hitIds(get(this.rest, "truongban3", "/api/search?q=" + marker))).contains(numbered, unnumbered);
		assertThat(admin.get("/admin/search").body()).doesNotContain("/documents/" + numbered + "\"");
		assertThat(this.index.readIndices()).doesNotContain(index);
	}

	@Test
	void healthIsDegradedWhileAChangeWaitsLongerThanTheThreshold() {
		assertThat(backlogStatus()).isEqualTo("UP");
		// a change made an hour ago and held back (as after repeated failures)
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.jdbc
			.sql("insert into search_outbox (document_id, revision, created_at, next_attempt_at) values (?, 1, ?, ?)")
			.params(900_000_000L + LibraryFixtures.uniqueNumber(), now.minusHours(1), now.plusHours(1))
			.update();
		ResponseEntity<Map> health = this.rest.withBasicAuth("admin", "demo")
			.getForEntity("/actuator/health", Map.class);
		assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(backlogStatus()).isEqualTo("DEGRADED");
		this.indexer.drain(); // the document is gone: the row is dropped
		assertThat(backlogStatus()).isEqualTo("UP");
	}

	@SuppressWarnings("unchecked")
	private String backlogStatus() {
		Map<String, Object> health = this.rest.withBasicAuth("admin", "demo")
			.getForObject("/actuator/health", Map.class);
		Map<String, Object> components = (Map<String, Object>) health.get("components");
		return (String) ((Map<String, Object>) components.get("searchBacklog")).get("status");
	}

	/**
	 * A change of the document, as the library records one: a new revision and its outbox
	 * row.
	 */
	private void changed(long id) {
		this.jdbc.sql("update document set revision = revision + 1 where id = ?").param(id).update();
		long revision = this.jdbc.sql("select revision from document where id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into search_outbox (document_id, revision) values (?, ?)").params(id, revision).update();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> setAside(Map<String, Object> status, long id) {
		return ((List<Map<String, Object>>) status.get("setAside")).stream()
			.filter((s) -> ((Number) s.get("id")).longValue() == id)
			.findFirst()
			.orElse(null);
	}

}
