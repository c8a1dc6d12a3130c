package vn.vanthu.document;

import java.sql.DatabaseMetaData;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Refreshes the database's statistics of the library's tables. A bulk import can grow
 * them a hundredfold within a minute, faster than PostgreSQL's autovacuum analyses them;
 * meanwhile its planner keeps the plans it made for nearly empty tables (sequential scans
 * that get slower with every row), which made an import's lookups up to thirty times
 * slower. Only tables that have outgrown their statistics are analysed: an import into a
 * large library changes its plans too little to pay for an analysis (several hundred
 * milliseconds of the database's time per table at 100,000 documents). Other databases
 * plan differently and are left alone.
 */
@Component
public class LibraryStatistics {

	static final List<String> TABLES = List.of("stored_file", "document", "document_version", "document_text",
			"document_recipient", "document_citation", "document_assignment");

	private final JdbcClient jdbc;

	private final boolean postgresql;

	LibraryStatistics(JdbcClient jdbc, DataSource dataSource) throws Exception {
		this.jdbc = jdbc;
		this.postgresql = "PostgreSQL"
			.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
	}

	/**
	 * Analyses the library's tables whose rows changed since their last analysis
	 * outnumber the rows that analysis counted (a table at least doubled, or never
	 * analysed and no longer empty); to be called outside a transaction, so that the new
	 * statistics serve at once. The database counts changes a little behind the
	 * transactions that make them (up to a second or so).
	 * @return the tables analysed: none on databases other than PostgreSQL
	 */
	public List<String> refresh() {
		if (!this.postgresql) {
			return List.of();
		}
		List<String> stale = this.jdbc
			.sql("select c.relname from pg_stat_user_tables s join pg_class c on c.oid = s.relid"
					+ " where s.schemaname = current_schema() and c.relname in (:tables)"
					+ " and s.n_mod_since_analyze > greatest(c.reltuples, 0) order by c.relname")
			.param("tables", TABLES)
			.query(String.class)
			.list();
		if (!stale.isEmpty()) {
			// names from the fixed list above, never from input
			this.jdbc.sql("analyze " + String.join(", ", stale)).update();
		}
		return stale;
	}

}
