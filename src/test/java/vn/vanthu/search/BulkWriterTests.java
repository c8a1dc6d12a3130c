package vn.vanthu.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk requests against the real Elasticsearch, into a throw-away index that keeps its
 * documents without indexing their fields (so that tens of megabytes cost the server
 * little): requests stay under the byte bound, and a batch the server refuses as too
 * large (its 429 over the coordinating limit, 10% of the heap) is split until it passes.
 */
@VanthuIntegrationTest
class BulkWriterTests {

	@Autowired
	ElasticsearchClient client;

	@Autowired
	RestClient rest;

	@Autowired
	ObjectMapper json;

	String target;

	@BeforeEach
	void createIndex() throws IOException {
		this.target = "bulk-writer-test-" + System.nanoTime();
		this.client.indices()
			.create((c) -> c.index(this.target)
				.withJson(new StringReader(
						"{\"settings\": {\"number_of_replicas\": 0}," + " \"mappings\": {\"enabled\": false}}")));
	}

	@AfterEach
	void deleteIndex() throws IOException {
		this.client.indices().delete((d) -> d.index(this.target));
	}

	@Test
	void requestsStayUnderTheByteBound() throws IOException {
		List<IndexEntry> entries = entries(12, 50_000);
		long bound = 160_000; // about three entries
		long total = entries.stream().mapToLong(IndexEntry::requestBytes).sum();
		BulkWriter writer = new BulkWriter(this.client, 500, bound, Duration.ofMillis(10));
		BulkOutcome outcome = send(writer, entries);
		assertThat(outcome.indexed).hasSize(12);
		assertThat(outcome.refused).isEmpty();
		assertThat(outcome.retry).isEmpty();
		assertThat(writer.requests()).isBetween((total + bound - 1) / bound, 6L);
		assertThat(writer.largestRequestBytes()).isLessThanOrEqualTo(bound);
		assertThat(writer.splits()).isZero();
		assertThat(count()).isEqualTo(12);
	}

	@Test
	void aBatchTheServerRefusesAsTooLargeIsSplitUntilItPasses() throws IOException {
		long limit = coordinatingLimitBytes();
		Assumptions.assumeTrue(limit < 200_000_000L, "needs a small heap (the managed server's 512 MB)");
		int entrySize = 400_000;
		int count = (int) (limit * 6 / 5 / entrySize) + 1; // 1.2 times what the server
															// takes at once
		List<IndexEntry> entries = entries(count, entrySize);
		long total = entries.stream().mapToLong(IndexEntry::requestBytes).sum();
		assertThat(total).isGreaterThan(limit);
		// no byte bound of our own: the oversized batch reaches the server as one request
		BulkWriter writer = new BulkWriter(this.client, 10_000, Long.MAX_VALUE, Duration.ofMillis(100));
		BulkOutcome outcome = send(writer, entries);
		assertThat(writer.splits()).isGreaterThanOrEqualTo(1);
		assertThat(writer.requests()).isGreaterThanOrEqualTo(2);
		assertThat(writer.largestRequestBytes()).isLessThan(limit).isLessThan(total);
		assertThat(outcome.indexed).hasSize(count);
		assertThat(outcome.refused).isEmpty();
		assertThat(outcome.retry).isEmpty();
		assertThat(count()).isEqualTo(count);
	}

	private BulkOutcome send(BulkWriter writer, List<IndexEntry> entries) throws IOException {
		BulkWriter.Requests requests = writer.open(this.target);
		for (IndexEntry entry : entries) {
			requests.add(entry);
		}
		BulkOutcome outcome = requests.finish();
		this.client.indices().refresh((r) -> r.index(this.target));
		return outcome;
	}

	/** Entries of about {@code size} bytes each, cut from a real decree's text. */
	private List<IndexEntry> entries(int count, int size) throws IOException {
		String text = new ClassPathResource("search/large-texts/" + LargeRealTextsIndexingTests.DECREE)
			.getContentAsString(StandardCharsets.UTF_8);
		List<IndexEntry> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int from = (i * 7919) % (text.length() - size);
			byte[] body = this.json.writeValueAsBytes(Map.of("body", text.substring(from, from + size * 4 / 5)));
			entries.add(new IndexEntry(i + 1, 1, body));
		}
		return entries;
	}

	private long count() throws IOException {
		return this.client.count((c) -> c.index(this.target)).count();
	}

	/** The node's indexing-pressure limit: bulk requests over it are refused with 429. */
	private long coordinatingLimitBytes() throws IOException {
		JsonNode nodes = this.json
			.readTree(this.rest.performRequest(new Request("GET", "/_nodes/stats/indexing_pressure"))
				.getEntity()
				.getContent())
			.path("nodes");
		return nodes.elements().next().path("indexing_pressure").path("memory").path("limit_in_bytes").asLong();
	}

}
