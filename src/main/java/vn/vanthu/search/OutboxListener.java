package vn.vanthu.search;

import org.springframework.context.event.EventListener;
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

	private final JdbcClient jdbc;

	OutboxListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(DocumentStored event) {
		enqueue(event.id(), event.revision());
	}

	@EventListener
	void on(DocumentChanged event) {
		enqueue(event.id(), event.revision());
	}

	private void enqueue(DocumentId id, long revision) {
		this.jdbc.sql("insert into search_outbox (document_id, revision) values (?, ?)")
			.params(id.value(), revision)
			.update();
	}

}
