package vn.vanthu.document;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Refreshes the database's statistics of the library's tables. A bulk import can grow
 * them a hundredfold within a minute, faster than PostgreSQL's autovacuum analyses them;
 * meanwhile its planner keeps the plans it made for nearly empty tables (sequential scans
 * that get slower with every row), which made an import's lookups up to thirty times
 * slower. Other databases plan differently and are left alone.
 */
@Component
public class LibraryStatistics {

	private static final String TABLES = "stored_file, document, document_version, document_text,"
			+ " document_recipient, document_citation, document_assignment";

	private final JdbcTemplate jdbc;

	private final boolean postgresql;

	LibraryStatistics(JdbcTemplate jdbc, DataSource dataSource) throws Exception {
		this.jdbc = jdbc;
		this.postgresql = "PostgreSQL"
			.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
	}

	/**
	 * Analyses the library's tables (a few hundred milliseconds at 100,000 documents); to
	 * be called outside a transaction, so that the new statistics serve at once.
	 * @return whether statistics were refreshed ({@code false} on databases other than
	 * PostgreSQL)
	 */
	public boolean refresh() {
		if (this.postgresql) {
			this.jdbc.execute("analyze " + TABLES);
		}
		return this.postgresql;
	}

}
