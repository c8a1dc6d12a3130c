package vn.vanthu.search;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents the index refused for a reason of their own (too large, a mapping error),
 * with that reason: they leave the outbox so that they never hold up the others, stay
 * listed for the administrator, and are written again by every rebuild; indexing one
 * removes it.
 */
@Component
class SetAsideDocuments {

	private final JdbcClient jdbc;

	SetAsideDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A document refused by the index at one of its revisions. */
	record Refusal(long revision, String reason) {
	}

	/** One document set aside. */
	record Entry(long documentId, long revision, String reason, OffsetDateTime since) {
	}

	@Transactional
	void record(Map<Long, Refusal> refused) {
		if (refused.isEmpty()) {
			return;
		}
		clear(refused.keySet());
		refused.forEach((id, r) -> this.jdbc
			.sql("insert into search_set_aside (document_id, revision, reason) values (?, ?, ?)")
			.params(id, r.revision(), clip(r.reason()))
			.update());
	}

	/** Forgets these documents (indexed now). */
	void clear(Collection<Long> documentIds) {
		if (!documentIds.isEmpty()) {
			this.jdbc.sql("delete from search_set_aside where document_id in (:ids)")
				.param("ids", documentIds)
				.update();
		}
	}

	long count() {
		return this.jdbc.sql("select count(*) from search_set_aside").query(Long.class).single();
	}

	/** The first {@code limit} documents set aside, oldest first. */
	List<Entry> list(int limit) {
		return this.jdbc
			.sql("select document_id, revision, reason, set_aside_at from search_set_aside"
					+ " order by set_aside_at, document_id fetch first " + limit + " rows only")
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class)))
			.list();
	}

	static String clip(String reason) {
		String r = (reason == null) ? "?" : reason;
		return (r.length() > 1000) ? r.substring(0, 1000) : r;
	}

}
