package vn.vanthu.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.vanthu.text.Assignment;

/** Stores the assignments read from a document's text. */
@Component
class AssignmentStore {

	private final JdbcClient jdbc;

	private final JdbcOperations batch;

	AssignmentStore(JdbcClient jdbc, JdbcOperations batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void replace(long documentId, List<Assignment> assignments) {
		this.jdbc.sql("delete from document_assignment where document_id = ?").param(documentId).update();
		insert(documentId, assignments);
	}

	/** Stores the assignments of a document that has none yet. */
	void insert(long documentId, List<Assignment> assignments) {
		insert(Map.of(documentId, assignments));
	}

	/** Stores the assignments of documents that have none yet, in one batch. */
	void insert(Map<Long, List<Assignment>> byDocument) {
		List<Object[]> rows = new ArrayList<>();
		byDocument.forEach((documentId, assignments) -> {
			int seq = 0;
			for (Assignment a : assignments) {
				rows.add(new Object[] { documentId, seq++, DocumentRepository.truncate(a.assignee(), 1000),
						DocumentRepository.truncate(a.task(), 4000),
						a.deadline() == null ? null : a.deadline().lastDay(),
						a.deadline() == null ? null : a.deadline().toString(),
						a.recurrence() == null ? null : a.recurrence().name() });
			}
		});
		Batches.run(this.batch, "insert into document_assignment (document_id, seq, assignee, task, due_on, deadline,"
				+ " recurrence) values (?, ?, ?, ?, ?, ?, ?)", rows);
	}

	List<DocumentAssignment> of(long documentId) {
		return this.jdbc
			.sql("select assignee, task, due_on, deadline, recurrence from document_assignment"
					+ " where document_id = ? order by seq")
			.param(documentId)
			.query((rs, n) -> new DocumentAssignment(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5)))
			.list();
	}

}
