package vn.vanthu.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Feeds Elasticsearch from the outbox: the latest revision of each changed document, in
 * bulk requests bounded by count and bytes ({@link BulkWriter}). A document the index
 * refuses for a reason of its own is set aside with that reason
 * ({@link SetAsideDocuments}) and never holds up the others. When Elasticsearch is down
 * or busy, the rows stay with a growing back-off (2 s doubling up to 5 min) and the
 * reason; nothing is lost, and indexing resumes when it returns. A background poller
 * drains due rows; {@link #drain()} drains everything now (tests, commands, the admin
 * page).
 */
@Service
public class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final Outbox outbox;

	private final IndexFeed feed;

	private final SetAsideDocuments setAside;

	private final SearchIndex index;

	private final SearchSettings settings;

	SearchIndexer(Outbox outbox, IndexFeed feed, SetAsideDocuments setAside, SearchIndex index,
			SearchSettings settings) {
		this.outbox = outbox;
		this.feed = feed;
		this.setAside = setAside;
		this.index = index;
		this.settings = settings;
	}

	/**
	 * The outcome of a drain.
	 *
	 * @param indexed documents written
	 * @param failed outbox rows left for a retry
	 * @param lastError the last failure, or {@code null}
	 * @param setAside documents set aside by this drain
	 */
	public record Drain(int indexed, int failed, String lastError, int setAside) {
	}

	/** Indexes every pending change now, ignoring back-off, and refreshes the index. */
	public synchronized Drain drain() {
		Drain result = run(false);
		if (result.failed() == 0) {
			try {
				this.index.refresh();
			}
			catch (Exception ex) {
				return new Drain(result.indexed(), result.failed(), ex.getMessage(), result.setAside());
			}
		}
		return result;
	}

	/** Documents with a change waiting for the index (set-aside ones excluded). */
	public long pending() {
		return this.outbox.pendingDocuments();
	}

	@Scheduled(fixedDelayString = "${vanthu.library.search.poll-interval:2s}", initialDelayString = "5s")
	synchronized void poll() {
		run(true);
	}

	private Drain run(boolean respectBackoff) {
		int indexed = 0;
		int failed = 0;
		int setAside = 0;
		String lastError = null;
		long after = 0;
		while (true) {
			List<Outbox.Row> rows = this.outbox.due(after, respectBackoff, this.settings.batchSize());
			if (rows.isEmpty()) {
				break;
			}
			after = rows.get(rows.size() - 1).id();
			Set<Long> ids = new LinkedHashSet<>();
			rows.forEach((r) -> ids.add(r.documentId()));
			try {
				this.index.ensure();
				BulkOutcome outcome = this.feed.feed(this.settings.writeAlias(), List.copyOf(ids));
				List<Long> done = new ArrayList<>();
				for (Outbox.Row row : rows) {
					SetAsideDocuments.Refusal retry = outcome.retry.get(row.documentId());
					if (retry == null) {
						done.add(row.id());
					}
					else {
						this.outbox.backoff(row, retry.reason());
						failed++;
						lastError = retry.reason();
					}
				}
				this.setAside.clear(outcome.indexed);
				this.setAside.record(outcome.refused);
				this.outbox.delete(done);
				indexed += outcome.indexed.size();
				setAside += outcome.refused.size();
				logRefusals(outcome.refused);
				if (respectBackoff && rows.size() < this.settings.batchSize()) {
					// the background poller takes what is there and leaves what arrives
					// meanwhile to its next round: chasing a busy import row by row would
					// send Elasticsearch many small bulk requests
					break;
				}
			}
			catch (Exception ex) {
				lastError = ex.getClass().getSimpleName() + ": " + ex.getMessage();
				for (Outbox.Row row : rows) {
					this.outbox.backoff(row, lastError);
				}
				failed += rows.size();
				log.warn("Search index unavailable, {} changes kept for later: {}", rows.size(), lastError);
				break;
			}
		}
		return new Drain(indexed, failed, lastError, setAside);
	}

	private static void logRefusals(Map<Long, SetAsideDocuments.Refusal> refused) {
		refused.forEach((id, r) -> log.warn("Document {} (revision {}) set aside, the search index refused it: {}", id,
				r.revision(), r.reason()));
	}

}
