package vn.vanthu.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentCitation;
import vn.vanthu.document.DocumentOrigin;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.document.Documents;
import vn.vanthu.document.StoredFiles;
import vn.vanthu.ingest.bench.GenreDocuments;
import vn.vanthu.search.SearchIndexer;
import vn.vanthu.search.SearchSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several files recorded in one transaction (the import's batches): the same rows as one
 * by one, citations resolved within the batch and against the library, all or nothing.
 */
@VanthuIntegrationTest
class IngestBatchTests {

	private static final Ingestion.Options OPTIONS = new Ingestion.Options("vanthu",
			Set.of(new UnitCode("XA-BATIEU-VP")), false, DocumentOrigin.IMPORTED, DocumentStatus.ISSUED);

	@Autowired
	Ingestion ingestion;

	@Autowired
	Documents documents;

	@Autowired
	StoredFiles files;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	SearchSettings searchSettings;

	@Autowired
	ElasticsearchClient elasticsearch;

	@Test
	void aBatchStoresWhatOneByOneStoresAndResolvesCitationsInsideIt() throws Exception {
		int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
		String earlier = (n + 1) + "/KH-SNV";
		String cited = n + "/KH-SNV";
		// in the library before the batch: it cites the plan that arrives in the batch
		Ingestion.Result before = this.ingestion.record(prepare(earlier, LocalDate.of(2024, 2, 1),
				"Căn cứ Kế hoạch số " + cited + " ngày 01/03/2024 của Sở Nội vụ;\n"), OPTIONS);
		Ingestion.Prepared citing = prepare((n + 2) + "/KH-SNV", LocalDate.of(2024, 4, 1), "Căn cứ Kế hoạch số " + cited
				+ " ngày 01/03/2024 của Sở Nội vụ;\nGiao Phòng Nội vụ báo cáo trước" + " ngày 30/4/2024.\n");
		Ingestion.Prepared plan = prepare(cited, LocalDate.of(2024, 3, 1), "Nội dung kế hoạch.\n");

		List<Ingestion.Result> results = this.ingestion.recordAll(List.of(citing, plan), OPTIONS);

		assertThat(results).hasSize(2).noneMatch(Ingestion.Result::existing);
		Document citingDoc = results.get(0).document();
		Document planDoc = results.get(1).document();
		assertThat(planDoc.number()).isEqualTo(cited);
		assertThat(planDoc.issuedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(planDoc.currentVersion()).isEqualTo(1);
		// the files were written by the preparation and recorded with their documents
		assertThat(this.files.find(plan.file().sha256())).contains(plan.file());
		assertThat(this.files.find(citing.file().sha256())).contains(citing.file());
		assertThat(planDoc.access().recipientUnits()).containsExactly(new UnitCode("XA-BATIEU-VP"));
		assertThat(this.documents.versions(planDoc.id())).hasSize(1);
		assertThat(this.documents.text(planDoc.id())).hasValueSatisfying((t) -> assertThat(t).contains(cited));
		// the citing document, earlier in the batch than what it cites, resolves to it
		assertThat(this.documents.citations(citingDoc.id())).extracting(DocumentCitation::resolvedId)
			.containsExactly(planDoc.id());
		assertThat(this.documents.assignments(citingDoc.id())).hasSize(1);
		// and so does the document that was in the library before the batch
		assertThat(this.documents.citations(before.document().id())).extracting(DocumentCitation::resolvedId)
			.containsExactly(planDoc.id());
		assertThat(this.documents.citedBy(planDoc.id())).hasSize(2);
		// both reach the index: the batch wrote an outbox row for each
		this.indexer.drain();
		for (Document d : List.of(citingDoc, planDoc)) {
			assertThat(this.elasticsearch
				.get((g) -> g.index(this.searchSettings.readAlias()).id(String.valueOf(d.id().value())), Map.class)
				.found()).as("document %s in the index", d.id()).isTrue();
		}
	}

	@Test
	void aBatchIsAllOrNothingAndOneByOneThenSortsItOut() throws Exception {
		int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
		String text = GenreDocuments.render("SỞ NỘI VỤ", n + "/KH-SNV", LocalDate.of(2024, 5, 2), "KẾ HOẠCH",
				"Kế hoạch " + n, "Nội dung.\n");
		Ingestion.Prepared first = prepare((n + 1) + "/KH-SNV", LocalDate.of(2024, 5, 1), "Nội dung.\n");
		// the same content twice, both prepared before either is recorded
		Ingestion.Prepared twice = this.ingestion.prepare(bytes(text), "a.txt");
		Ingestion.Prepared again = this.ingestion.prepare(bytes(text), "b.txt");
		assertThat(again.existing()).isNull();

		assertThatThrownBy(() -> this.ingestion.recordAll(List.of(first, twice, again), OPTIONS))
			.isInstanceOf(RuntimeException.class);
		// nothing of the batch was kept: neither documents nor the files' records, the
		// bytes stay in the store for the next attempt
		assertThat(this.documents.findByContent(first.file().sha256())).isEmpty();
		assertThat(this.documents.findByContent(twice.file().sha256())).isEmpty();
		assertThat(this.files.find(first.file().sha256())).isEmpty();
		assertThat(this.files.find(twice.file().sha256())).isEmpty();
		assertThat(this.files.pathOf(first.file().sha256())).exists();

		Ingestion.Result one = this.ingestion.record(first, OPTIONS);
		Ingestion.Result two = this.ingestion.record(twice, OPTIONS);
		Ingestion.Result three = this.ingestion.record(again, OPTIONS);
		assertThat(one.existing()).isFalse();
		assertThat(two.existing()).isFalse();
		assertThat(three.existing()).isTrue();
		assertThat(three.document().id()).isEqualTo(two.document().id());
		long size = Files.size(this.files.pathOf(first.file().sha256()));
		assertThat(this.files.find(first.file().sha256()))
			.hasValueSatisfying((f) -> assertThat(f.size()).isEqualTo(size));
		assertThat(this.files.read(twice.file().sha256())).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
	}

	private Ingestion.Prepared prepare(String number, LocalDate date, String body) {
		return this.ingestion.prepare(stream(number, date, body), number.replace('/', '-') + ".txt");
	}

	private static ByteArrayInputStream stream(String number, LocalDate date, String body) {
		return bytes(GenreDocuments.render("SỞ NỘI VỤ", number, date, "KẾ HOẠCH", "Kế hoạch " + number, body));
	}

	private static ByteArrayInputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
