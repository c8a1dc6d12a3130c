package vn.vanthu.document;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.vanthu.text.Assignment;

/** Stores the assignments read from a document's text. */
@Component
class AssignmentStore {

	private final JdbcClient jdbc;

	AssignmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void replace(long documentId, List<Assignment> assignments) {
		this.jdbc.sql("delete from document_assignment where document_id = ?").param(documentId).update();
		int seq = 0;
		for (Assignment a : assignments) {
			this.jdbc
				.sql("insert into document_assignment (document_id, seq, assignee, task, due_on, deadline,"
						+ " recurrence) values (?, ?, ?, ?, ?, ?, ?)")
				.params(documentId, seq++, DocumentRepository.truncate(a.assignee(), 1000),
						DocumentRepository.truncate(a.task(), 4000),
						a.deadline() == null ? null : a.deadline().lastDay(),
						a.deadline() == null ? null : a.deadline().toString(),
						a.recurrence() == null ? null : a.recurrence().name())
				.update();
		}
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
