package vn.vanthu.search;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.vanthu.document.DocumentId;
import vn.vanthu.document.IndexSource;
import vn.vanthu.document.IndexSources;

/**
 * Feeds Elasticsearch from the outbox: bulk requests of the latest revision of each
 * changed document. When Elasticsearch is down, the rows stay with a growing back-off (2
 * s doubling up to 5 min) and the reason; nothing is lost, and indexing resumes when it
 * returns. A background poller drains due rows; {@link #drain()} drains everything now
 * (tests, commands, the admin page).
 */
@Service
public class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final IndexSources sources;

	private final SearchIndex index;

	private final SearchSettings settings;

	SearchIndexer(JdbcClient jdbc, IndexSources sources, SearchIndex index, SearchSettings settings) {
		this.jdbc = jdbc;
		this.sources = sources;
		this.index = index;
		this.settings = settings;
	}

	/**
	 * The outcome of a drain.
	 *
	 * @param indexed documents written
	 * @param failed outbox rows left for a retry
	 * @param lastError the last failure, or {@code null}
	 */
	public record Drain(int indexed, int failed, String lastError) {
	}

	/** Indexes every pending change now, ignoring back-off, and refreshes the index. */
	public synchronized Drain drain() {
		Drain result = run(false);
		if (result.failed() == 0) {
			try {
				this.index.refresh();
			}
			catch (Exception ex) {
				return new Drain(result.indexed(), result.failed(), ex.getMessage());
			}
		}
		return result;
	}

	/** Rows waiting in the outbox. */
	public long pending() {
		return this.jdbc.sql("select count(*) from search_outbox").query(Long.class).single();
	}

	@Scheduled(fixedDelayString = "${vanthu.library.search.poll-interval:2s}", initialDelayString = "5s")
	synchronized void poll() {
		run(true);
	}

	private Drain run(boolean respectBackoff) {
		int indexed = 0;
		int failed = 0;
		String lastError = null;
		long after = 0;
		while (true) {
			List<Row> rows = due(after, respectBackoff);
			if (rows.isEmpty()) {
				break;
			}
			after = rows.get(rows.size() - 1).id();
			Set<Long> ids = new LinkedHashSet<>();
			rows.forEach((r) -> ids.add(r.documentId()));
			List<IndexSource> batch = this.sources.read(ids.stream().map(DocumentId::new).toList());
			try {
				Map<Long, String> failures = this.index.write(batch);
				List<Long> done = rows.stream()
					.filter((r) -> !failures.containsKey(r.documentId()))
					.map(Row::id)
					.toList();
				if (!done.isEmpty()) {
					this.jdbc.sql("delete from search_outbox where id in (:ids)").param("ids", done).update();
				}
				for (Row row : rows) {
					String reason = failures.get(row.documentId());
					if (reason != null) {
						backoff(row, reason);
						failed++;
						lastError = reason;
					}
				}
				indexed += batch.size() - failures.size();
				if (respectBackoff && rows.size() < this.settings.batchSize()) {
					// the background poller takes what is there and leaves what arrives
					// meanwhile to its next round: chasing a busy import row by row would
					// send Elasticsearch many small bulk requests
					break;
				}
			}
			catch (Exception ex) {
				lastError = ex.getClass().getSimpleName() + ": " + ex.getMessage();
				for (Row row : rows) {
					backoff(row, lastError);
				}
				failed += rows.size();
				log.warn("Search index unavailable, {} changes kept for later: {}", rows.size(), lastError);
				break;
			}
		}
		return new Drain(indexed, failed, lastError);
	}

	private List<Row> due(long after, boolean respectBackoff) {
		String sql = "select id, document_id, attempts from search_outbox where id > ?"
				+ (respectBackoff ? " and next_attempt_at <= ?" : "") + " order by id fetch first "
				+ this.settings.batchSize() + " rows only";
		var spec = this.jdbc.sql(sql).param(after);
		if (respectBackoff) {
			spec = spec.param(OffsetDateTime.now(ZoneOffset.UTC));
		}
		return spec.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3))).list();
	}

	private void backoff(Row row, String reason) {
		long seconds = Math.min(MAX_BACKOFF.toSeconds(), 2L << Math.min(row.attempts(), 20));
		this.jdbc
			.sql("update search_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(seconds),
					reason.length() > 1000 ? reason.substring(0, 1000) : reason, row.id())
			.update();
	}

	private record Row(long id, long documentId, int attempts) {
	}

}
