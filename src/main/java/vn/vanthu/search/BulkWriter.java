package vn.vanthu.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import org.elasticsearch.client.ResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Sends index entries in bulk requests bounded by count and by bytes. A request refused
 * as too large or too many (413, 429) is split in halves after a pause that doubles with
 * each split; a document refused alone with 413, or refused by the index for a reason of
 * its own (item status 400 or 413: a mapping error), is set aside; one refused for a
 * passing reason (an item's 429, an unavailable shard) is kept for later. Entries are
 * written with their revision as external version, so a replay or a late older revision
 * changes nothing. Other failures (server unreachable) escape to the caller.
 */
@Component
class BulkWriter {

	private static final Logger log = LoggerFactory.getLogger(BulkWriter.class);

	private static final Duration MAX_PAUSE = Duration.ofSeconds(8);

	private final ElasticsearchClient client;

	private final int maxDocuments;

	private final long maxBytes;

	private final Duration pause;

	private final AtomicLong largest = new AtomicLong();

	private final AtomicLong splits = new AtomicLong();

	private final AtomicLong requests = new AtomicLong();

	@Autowired
	BulkWriter(ElasticsearchClient client, SearchSettings settings) {
		this(client, settings.batchSize(), settings.maxRequestBytes().toBytes(), Duration.ofMillis(250));
	}

	BulkWriter(ElasticsearchClient client, int maxDocuments, long maxBytes, Duration pause) {
		this.client = client;
		this.maxDocuments = Math.max(1, maxDocuments);
		this.maxBytes = maxBytes;
		this.pause = pause;
	}

	/** The largest bulk request accepted since start, in bytes. */
	long largestRequestBytes() {
		return this.largest.get();
	}

	/** Bulk requests accepted since start. */
	long requests() {
		return this.requests.get();
	}

	/** Requests split after a 413 or 429, since start. */
	long splits() {
		return this.splits.get();
	}

	/**
	 * Starts a series of requests to one index: add entries, then
	 * {@link Requests#finish()}.
	 */
	Requests open(String target) {
		return new Requests(target);
	}

	/**
	 * Entries gathered into requests, each sent when the next entry would overflow it.
	 */
	final class Requests {

		private final String target;

		private final BulkOutcome outcome = new BulkOutcome();

		private List<IndexEntry> chunk = new ArrayList<>();

		private long bytes;

		private Requests(String target) {
			this.target = target;
		}

		void add(IndexEntry entry) throws IOException {
			if (!this.chunk.isEmpty() && (this.chunk.size() >= BulkWriter.this.maxDocuments
					|| this.bytes + entry.requestBytes() > BulkWriter.this.maxBytes)) {
				flush();
			}
			this.chunk.add(entry);
			this.bytes += entry.requestBytes();
		}

		/** Sets a document aside without sending it (its entry could not be built). */
		void refuse(long id, long revision, String reason) {
			this.outcome.refuse(id, revision, reason);
		}

		BulkOutcome finish() throws IOException {
			flush();
			return this.outcome;
		}

		private void flush() throws IOException {
			if (!this.chunk.isEmpty()) {
				send(this.target, this.chunk, 0, this.outcome);
				this.chunk = new ArrayList<>();
				this.bytes = 0;
			}
		}

	}

	private void send(String target, List<IndexEntry> chunk, int splitDepth, BulkOutcome outcome) throws IOException {
		long bytes = chunk.stream().mapToLong(IndexEntry::requestBytes).sum();
		BulkResponse response;
		try {
			response = this.client.bulk(request(target, chunk));
		}
		catch (IOException | ElasticsearchException ex) {
			int status = status(ex);
			if (status != 413 && status != 429) {
				throw ex;
			}
			if (chunk.size() == 1) {
				IndexEntry only = chunk.get(0);
				if (status == 413) {
					outcome.refuse(only.id(), only.revision(), "413: văn bản này riêng đã " + bytes
							+ " byte, quá giới hạn của Elasticsearch (http.max_content_length)");
				}
				else {
					outcome.retry(only.id(), only.revision(), "429: " + ex.getMessage());
				}
				return;
			}
			this.splits.incrementAndGet();
			Duration wait = pause(splitDepth);
			log.warn("Elasticsearch refused a bulk request of {} documents, {} bytes ({}): sending it in two halves"
					+ " after {} ms", chunk.size(), bytes, status, wait.toMillis());
			sleep(wait);
			int half = chunk.size() / 2;
			send(target, chunk.subList(0, half), splitDepth + 1, outcome);
			send(target, chunk.subList(half, chunk.size()), splitDepth + 1, outcome);
			return;
		}
		this.largest.accumulateAndGet(bytes, Math::max);
		this.requests.incrementAndGet();
		log.debug("Bulk request of {} documents, {} bytes", chunk.size(), bytes);
		Map<Long, Long> revisions = new HashMap<>();
		chunk.forEach((e) -> revisions.put(e.id(), e.revision()));
		for (BulkResponseItem item : response.items()) {
			long id = Long.parseLong(item.id());
			long revision = revisions.getOrDefault(id, 0L);
			if (item.error() == null || "version_conflict_engine_exception".equals(item.error().type())) {
				outcome.indexed.add(id);
			}
			else if (item.status() == 400 || item.status() == 413) {
				outcome.refuse(id, revision, item.error().type() + ": " + item.error().reason());
			}
			else {
				outcome.retry(id, revision, item.status() + " " + item.error().type() + ": " + item.error().reason());
			}
		}
	}

	private static BulkRequest request(String target, List<IndexEntry> chunk) {
		BulkRequest.Builder bulk = new BulkRequest.Builder();
		for (IndexEntry entry : chunk) {
			BinaryData json = BinaryData.of(entry.json(), ContentType.APPLICATION_JSON);
			bulk.operations((op) -> op.index((i) -> i.index(target)
				.id(Long.toString(entry.id()))
				.version(entry.revision())
				.versionType(VersionType.External)
				.document(json)));
		}
		return bulk.build();
	}

	/** The HTTP status of a refused request, or 0 when the server did not answer. */
	static int status(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ElasticsearchException es) {
				return es.status();
			}
			if (t instanceof TransportException te) {
				return te.statusCode();
			}
			if (t instanceof ResponseException re) {
				return re.getResponse().getStatusLine().getStatusCode();
			}
		}
		return 0;
	}

	private Duration pause(int splitDepth) {
		Duration wait = this.pause.multipliedBy(1L << Math.min(splitDepth, 10));
		return (wait.compareTo(MAX_PAUSE) > 0) ? MAX_PAUSE : wait;
	}

	private static void sleep(Duration wait) throws IOException {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while backing off", ex);
		}
	}

}
