package vn.vanthu.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentOrigin;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.document.Documents;
import vn.vanthu.ingest.IngestPipeline;
import vn.vanthu.ingest.Ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.search.LibraryFixtures.get;
import static vn.vanthu.search.LibraryFixtures.hitIds;

/**
 * The largest real texts of the corpus (0.5 to 1.16 million characters, see
 * {@code search/large-texts/SOURCES.md}) through the import pipeline into the real
 * Elasticsearch: each is indexed, none is set aside, each is found by its number or its
 * words, and the text past the indexed part stays in the library.
 */
@VanthuIntegrationTest
class LargeRealTextsIndexingTests {

	static final String DECREE = "nghi-dinh-143-2026-nd-cp-cong-bao-1-16-trieu-ky-tu.txt";

	static final String LAW = "luat-dat-dai-31-2024-qh15-luat-so.txt";

	static final String CONSOLIDATED = "bo-luat-to-tung-dan-su-99-vbhn-vpqh-hop-nhat.txt";

	@Autowired
	IngestPipeline pipeline;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	IndexReport report;

	@Autowired
	Documents documents;

	@Autowired
	SearchSettings settings;

	@Autowired
	TestRestTemplate rest;

	@Test
	void theLargestRealTextsAreIndexedAndFound(@TempDir Path dir) throws Exception {
		List<Path> files = new ArrayList<>();
		for (String name : List.of(DECREE, LAW, CONSOLIDATED)) {
			files.add(copy(name, dir));
		}
		Map<String, Document> imported = new LinkedHashMap<>();
		this.pipeline.run(files,
				new Ingestion.Options(null, Set.of(), true, DocumentOrigin.IMPORTED, DocumentStatus.ISSUED),
				new IngestPipeline.Listener() {

					@Override
					public void ingested(Path file, Ingestion.Result result) {
						imported.put(file.getFileName().toString(), result.document());
					}

					@Override
					public void failed(Path file, Exception cause) {
						throw new AssertionError(file + ": " + cause, cause);
					}

				});
		assertThat(imported).containsOnlyKeys(DECREE, LAW, CONSOLIDATED);
		long decree = imported.get(DECREE).id().value();
		long law = imported.get(LAW).id().value();
		long consolidated = imported.get(CONSOLIDATED).id().value();

		SearchIndexer.Drain drain = this.indexer.drain();
		assertThat(drain.failed()).isZero();
		assertThat(this.indexer.pending()).isZero();
		assertThat(this.report.status().setAside()).extracting(IndexStatus.SetAside::id)
			.doesNotContain(decree, law, consolidated);

		// found by their numbers, read from the texts by the text module
		assertThat(firstHit("143/2026/NĐ-CP")).isEqualTo(decree);
		assertThat(firstHit("31/2024/QH15")).isEqualTo(law);
		assertThat(firstHit("99/VBHN-VPQH")).isEqualTo(consolidated);
		// and by words of the law's last articles, far past the 200,000 characters the
		// index used to keep
		assertThat(hitIds(search("Cảng vụ hàng không để cho thuê đất"))).contains(law);

		// the decree's text beyond the indexed part is not searchable, but stays whole in
		// the library: its tariff line 6809.19.10 stands at character 600,291, 9705.21.00
		// at 1,162,361
		String text = this.documents.text(imported.get(DECREE).id()).orElseThrow();
		assertThat(text.length()).isGreaterThanOrEqualTo(1_162_815); // Tika may end it
																		// with a line
																		// break
		assertThat(text).contains("9705.21.00 - - Tiêu bản người");
		assertThat(text.indexOf("6809.19.10")).isLessThan(this.settings.maxBodyChars());
		assertThat(text.indexOf("9705.21.00")).isGreaterThan(this.settings.maxBodyChars());
		assertThat(hitIds(search("6809.19.10"))).contains(decree);
		Map<String, Object> beyond = search("9705.21.00");
		assertThat(beyond).containsEntry("numberQuery", false);
		assertThat(hitIds(beyond)).doesNotContain(decree);
	}

	private long firstHit(String q) {
		Map<String, Object> result = search(q);
		assertThat(result).as(q).containsEntry("numberQuery", true);
		List<Long> ids = hitIds(result);
		assertThat(ids).as(q).isNotEmpty();
		return ids.get(0);
	}

	private Map<String, Object> search(String q) {
		return get(this.rest, "truongban3", "/api/search?q={q}".replace("{q}", q));
	}

	private static Path copy(String name, Path dir) throws IOException {
		Path target = dir.resolve(name);
		try (InputStream in = new ClassPathResource("search/large-texts/" + name).getInputStream()) {
			Files.copy(in, target);
		}
		return target;
	}

}
