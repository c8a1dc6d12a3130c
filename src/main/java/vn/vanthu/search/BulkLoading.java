package vn.vanthu.search;

import java.io.IOException;
import java.io.InputStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Bulk loads (an office's archive through {@code import}): while one is open, the write
 * index refreshes every 30 seconds instead of at the mapping's interval, Elasticsearch's
 * own advice for bulk indexing (fewer, larger segments; measured here, it halves the
 * server's indexing CPU). Closing indexes what the outbox still holds, restores the
 * mapping's interval and refreshes, so everything loaded is searchable when the load
 * ends. A process killed mid-load leaves the slower interval only until the next start,
 * which restores it.
 */
@Service
public class BulkLoading {

	private static final Logger log = LoggerFactory.getLogger(BulkLoading.class);

	static final String BULK_REFRESH = "30s";

	private final ElasticsearchClient client;

	private final SearchSettings settings;

	private final SearchIndex index;

	private final SearchIndexer indexer;

	private final BulkWriter writer;

	private final String normalRefresh;

	BulkLoading(ElasticsearchClient client, SearchSettings settings, SearchIndex index, SearchIndexer indexer,
			BulkWriter writer, ObjectMapper json) throws IOException {
		this.client = client;
		this.settings = settings;
		this.index = index;
		this.indexer = indexer;
		this.writer = writer;
		try (InputStream mapping = new ClassPathResource(settings.mapping()).getInputStream()) {
			this.normalRefresh = json.readTree(mapping).path("settings").path("refresh_interval").asText("1s");
		}
	}

	/** An open bulk load; closing it never throws (the index may be down meanwhile). */
	public interface Session extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * Opens a bulk load. With Elasticsearch unreachable, loading goes on (the outbox
	 * keeps the changes) and the session does nothing.
	 */
	public Session open() {
		try {
			this.index.ensure();
			setRefresh(BULK_REFRESH);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Search index unreachable, bulk load without its settings: {}", ex.getMessage());
			return () -> {
			};
		}
		return () -> {
			long started = System.nanoTime();
			SearchIndexer.Drain drain = this.indexer.drain();
			log.info(
					"Bulk load closed: {} more documents indexed in {} ms, {} waiting, {} set aside; largest bulk"
							+ " request {} bytes",
					drain.indexed(), (System.nanoTime() - started) / 1_000_000, drain.failed(), drain.setAside(),
					this.writer.largestRequestBytes());
			try {
				setRefresh(this.normalRefresh);
				this.index.refresh();
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Could not restore the refresh interval; the next start restores it: {}", ex.getMessage());
			}
		};
	}

	@EventListener(ApplicationReadyEvent.class)
	void restoreAfterCrash() {
		try {
			this.index.ensure();
			setRefresh(this.normalRefresh);
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Search index not reachable at start-up: {}", ex.getMessage());
		}
	}

	private void setRefresh(String interval) throws IOException {
		this.client.indices()
			.putSettings((p) -> p.index(this.settings.writeAlias())
				.settings((s) -> s.refreshInterval((t) -> t.time(interval))));
	}

}
