package vn.vanthu.search;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.vanthu.document.DocumentChanged;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.DocumentStored;

/**
 * Writes the outbox row for every document change. A plain (synchronous) listener runs
 * inside the publisher's transaction, so the row commits or rolls back with the change.
 */
@Component
class OutboxListener {

	private static final String INSERT = "insert into search_outbox (document_id, revision) values (?, ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	OutboxListener(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	@EventListener
	void on(DocumentStored event) {
		List<Object[]> rows = event.documents()
			.stream()
			.map((d) -> new Object[] { d.id().value(), d.revision() })
			.toList();
		if (rows.size() == 1) {
			enqueue(event.documents().get(0).id(), event.documents().get(0).revision());
		}
		else if (!rows.isEmpty()) {
			// an import's batch: one round trip for all its rows
			this.batch.batchUpdate(INSERT, rows);
		}
	}

	@EventListener
	void on(DocumentChanged event) {
		enqueue(event.id(), event.revision());
	}

	private void enqueue(DocumentId id, long revision) {
		this.jdbc.sql(INSERT).params(id.value(), revision).update();
	}

}
