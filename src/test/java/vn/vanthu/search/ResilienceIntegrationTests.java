package vn.vanthu.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.http.HttpHost;
import org.elasticsearch.client.Node;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.platform.VanthuProperties;
import vn.vanthu.platform.search.ManagedElasticsearch;
import vn.vanthu.platform.search.SearchProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.search.LibraryFixtures.document;
import static vn.vanthu.search.LibraryFixtures.get;
import static vn.vanthu.search.LibraryFixtures.hitIds;
import static vn.vanthu.search.LibraryFixtures.id;
import static vn.vanthu.search.LibraryFixtures.uploadText;

/** Elasticsearch stopped during uploads then restarted; reindex from the database. */
@VanthuIntegrationTest
class ResilienceIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	SearchIndex index;

	@Autowired
	RestClient restClient;

	@Autowired
	SearchProperties search;

	@Autowired
	VanthuProperties vanthu;

	@Test
	void uploadsSucceedWhileElasticsearchIsDownAndAreIndexedWhenItReturns() throws Exception {
		Assumptions.assumeTrue(this.search.isManaged(), "needs the managed Elasticsearch to stop and start it");
		String marker = "es" + LibraryFixtures.uniqueNumber();
		ManagedElasticsearch es = ManagedElasticsearch.shared(this.search.managed(),
				this.vanthu.dataPath("elasticsearch"));
		es.stop();
		List<Long> ids = new ArrayList<>();
		try {
			for (int i = 0; i < 3; i++) {
				var response = uploadText(this.rest, "chuyenvien",
						document("SỞ NỘI VỤ", LibraryFixtures.uniqueNumber() + "/KH-SNV", LocalDate.of(2024, 4, 1 + i),
								"KẾ HOẠCH", "Kế hoạch khi mất kết nối " + marker, "Nội dung " + marker + ".\n"),
						true);
				assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
				ids.add(id(response));
			}
			SearchIndexer.Drain down = this.indexer.drain();
			assertThat(down.failed()).isGreaterThanOrEqualTo(3);
			assertThat(this.indexer.pending()).isGreaterThanOrEqualTo(3);
		}
		finally {
			es = ManagedElasticsearch.shared(this.search.managed(), this.vanthu.dataPath("elasticsearch"));
			this.restClient.setNodes(List.of(new Node(HttpHost.create(es.url()))));
		}
		SearchIndexer.Drain up = this.indexer.drain();
		assertThat(up.failed()).isZero();
		assertThat(this.indexer.pending()).isZero();
		assertThat(hitIds(get(this.rest, "truongban3", "/api/search?q=" + marker)))
			.containsExactlyInAnyOrderElementsOf(ids);
	}

	@Test
	void reindexRebuildsTheIndexFromTheDatabaseBehindTheAliases() throws Exception {
		String marker = "ri" + LibraryFixtures.uniqueNumber();
		long id = id(
				uploadText(this.rest, "chuyenvien",
						document("SỞ XÂY DỰNG", LibraryFixtures.uniqueNumber() + "/TB-SXD", LocalDate.of(2024, 6, 1),
								"THÔNG BÁO", "Thông báo lập lại chỉ mục " + marker, "Nội dung " + marker + ".\n"),
						true));
		this.indexer.drain();
		Set<String> before = this.index.readIndices();
		long count = this.index.reindex();
		Set<String> after = this.index.readIndices();
		assertThat(count).isGreaterThanOrEqualTo(1);
		assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
		assertThat(hitIds(get(this.rest, "truongban3", "/api/search?q=" + marker))).containsExactly(id);
		// the admin page is for admins only
		assertThat(this.rest.withBasicAuth("chuyenvien", "demo")
			.postForEntity("/api/admin/search/reindex", null, String.class)
			.getStatusCode()
			.is4xxClientError()).isTrue();
	}

}
