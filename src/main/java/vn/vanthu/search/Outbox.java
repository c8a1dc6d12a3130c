package vn.vanthu.search;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search outbox table: changes waiting for the index, with their back-off. Rows are
 * written by {@link OutboxListener} in the changing transaction and removed once the
 * document is indexed or set aside.
 */
@Component
class Outbox {

	private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, long documentId, int attempts) {
	}

	/**
	 * Rows after {@code after} in id order, only those due when {@code respectBackoff}.
	 */
	List<Row> due(long after, boolean respectBackoff, int limit) {
		String sql = "select id, document_id, attempts from search_outbox where id > ?"
				+ (respectBackoff ? " and next_attempt_at <= ?" : "") + " order by id fetch first " + limit
				+ " rows only";
		var spec = this.jdbc.sql(sql).param(after);
		if (respectBackoff) {
			spec = spec.param(OffsetDateTime.now(ZoneOffset.UTC));
		}
		return spec.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3))).list();
	}

	void delete(Collection<Long> rowIds) {
		if (!rowIds.isEmpty()) {
			this.jdbc.sql("delete from search_outbox where id in (:ids)").param("ids", rowIds).update();
		}
	}

	/** Keeps a row for later: 2 s doubling per attempt, up to 5 minutes. */
	void backoff(Row row, String reason) {
		long seconds = Math.min(MAX_BACKOFF.toSeconds(), 2L << Math.min(row.attempts(), 20));
		this.jdbc
			.sql("update search_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(seconds), SetAsideDocuments.clip(reason), row.id())
			.update();
	}

	/** Queues documents again (revision by document id), for the background indexer. */
	void requeue(Map<Long, Long> revisions) {
		revisions
			.forEach((id, revision) -> this.jdbc.sql("insert into search_outbox (document_id, revision) values (?, ?)")
				.params(id, revision)
				.update());
	}

	/** Documents with a change waiting. */
	long pendingDocuments() {
		return this.jdbc.sql("select count(distinct document_id) from search_outbox").query(Long.class).single();
	}

	/** When the oldest waiting change was made, if any waits. */
	Optional<OffsetDateTime> oldestWaiting() {
		List<OffsetDateTime> oldest = this.jdbc.sql("select min(created_at) from search_outbox")
			.query(OffsetDateTime.class)
			.list();
		return oldest.isEmpty() ? Optional.empty() : Optional.ofNullable(oldest.get(0));
	}

}
