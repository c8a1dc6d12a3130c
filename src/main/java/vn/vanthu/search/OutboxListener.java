package vn.vanthu.search;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.vanthu.document.DocumentChanged;
import vn.vanthu.document.DocumentStored;

/**
 * Writes the outbox row for every document change. A plain (synchronous) listener runs
 * inside the publisher's transaction, so the row commits or rolls back with the change.
 */
@Component
class OutboxListener {

	private static final String INSERT = "insert into search_outbox (document_id, revision) values (?, ?)";

	private final JdbcTemplate jdbc;

	OutboxListener(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(DocumentStored event) {
		// an import's batch of documents: one round trip for all their rows
		List<Object[]> rows = event.documents()
			.stream()
			.map((d) -> new Object[] { d.id().value(), d.revision() })
			.toList();
		this.jdbc.batchUpdate(INSERT, rows);
	}

	@EventListener
	void on(DocumentChanged event) {
		this.jdbc.update(INSERT, event.id().value(), event.revision());
	}

}
