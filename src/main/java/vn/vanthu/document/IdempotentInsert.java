package vn.vanthu.document;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Inserts a row that may already exist, inside the caller's transaction. A duplicate-key
 * failure would abort the whole transaction on PostgreSQL, so the insert runs behind a
 * savepoint and a duplicate only rolls back to it. Using the caller's own connection
 * matters: a second connection per caller would starve the pool when many callers insert
 * at once.
 */
final class IdempotentInsert {

	private final DataSource dataSource;

	IdempotentInsert(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Runs the insert; returns {@code false} when the row existed already. */
	boolean insert(String sql, Object... params) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int i = 0; i < params.length; i++) {
					statement.setObject(i + 1, params[i]);
				}
				boolean inserted = statement.executeUpdate() == 1;
				if (savepoint != null) {
					connection.releaseSavepoint(savepoint);
				}
				return inserted;
			}
			catch (SQLException ex) {
				if (savepoint != null) {
					connection.rollback(savepoint);
				}
				// SQLSTATE class 23: integrity constraint violation (a concurrent insert
				// won)
				if (ex.getSQLState() != null && ex.getSQLState().startsWith("23")) {
					return false;
				}
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Insert failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

}
