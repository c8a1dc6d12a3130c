package vn.vanthu.document;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Inserts a row that may already exist, on a connection of its own in auto-commit mode. A
 * duplicate-key failure inside the caller's transaction would abort that whole
 * transaction on PostgreSQL; on a separate connection it is just an answer ("someone else
 * created it"). Use it only for rows whose mere existence is harmless if the caller later
 * rolls back.
 */
final class IdempotentInsert {

	private final DataSource dataSource;

	IdempotentInsert(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Runs the insert; returns {@code false} when the row existed already. */
	boolean insert(String sql, Object... params) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(true);
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int i = 0; i < params.length; i++) {
					statement.setObject(i + 1, params[i]);
				}
				return statement.executeUpdate() == 1;
			}
			catch (SQLException ex) {
				// SQLSTATE class 23: integrity constraint violation (unique key taken by
				// a concurrent insert)
				if (ex.getSQLState() != null && ex.getSQLState().startsWith("23")) {
					return false;
				}
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Insert failed: " + ex.getMessage(), ex);
		}
	}

}
