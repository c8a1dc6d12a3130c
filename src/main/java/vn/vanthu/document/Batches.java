package vn.vanthu.document;

import java.util.List;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Writes many rows with one statement sent as a JDBC batch: one round trip to the
 * database instead of one per row, which matters when an import records thousands of
 * documents, each with several citations and assignments.
 */
final class Batches {

	private Batches() {
	}

	/** Runs the statement once per row of parameters; nothing when there are none. */
	static void run(JdbcOperations jdbc, String sql, List<Object[]> rows) {
		if (rows.size() == 1) {
			jdbc.update(sql, rows.get(0));
		}
		else if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows);
		}
	}

}
