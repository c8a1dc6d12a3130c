package vn.vanthu.document;

import java.sql.DatabaseMetaData;
import java.sql.Timestamp;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statistics refreshed during an import: on PostgreSQL the tables of the library that
 * outgrew their statistics are analysed, and only those; other databases are left alone
 * and the caller is told so.
 */
@VanthuIntegrationTest
class LibraryStatisticsTests {

	/** The rows this test adds (rows without bytes on disk), removed at its end. */
	private static final String FAKE = "application/x-vanthu-statistics-test";

	@Autowired
	LibraryStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void analysesTheLibraryTablesThatOutgrewTheirStatisticsOnPostgresqlOnly() throws Exception {
		boolean postgresql = "PostgreSQL"
			.equals(JdbcUtils.extractDatabaseMetaData(this.dataSource, DatabaseMetaData::getDatabaseProductName));
		if (!postgresql) {
			assertThat(this.statistics.refresh()).isEmpty();
			return;
		}
		// stored_file more than doubled since its last analysis; the connection publishes
		// what it changed as it commits (the server otherwise does so up to seconds
		// later)
		long rows = this.jdbc.sql("select count(*) from stored_file").query(Long.class).single();
		new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> {
			this.jdbc
				.sql("insert into stored_file (sha256, size_bytes, content_type) select"
						+ " substr(md5('stats' || g || clock_timestamp()) || md5(g || 'stats'), 1, 64), g, :type"
						+ " from generate_series(1, :n) g")
				.param("n", rows + 1)
				.param("type", FAKE)
				.update();
			this.jdbc.sql("select pg_stat_force_next_flush()").query(Object.class).list();
		});
		Timestamp before = this.jdbc.sql("select current_timestamp").query(Timestamp.class).single();

		List<String> refreshed = this.statistics.refresh();

		assertThat(refreshed).contains("stored_file").isSubsetOf(LibraryStatistics.TABLES);
		List<String> analysed = this.jdbc
			.sql("select relname from pg_stat_user_tables where last_analyze >= :before and relname in (:tables)")
			.param("before", before)
			.param("tables", LibraryStatistics.TABLES)
			.query(String.class)
			.list();
		assertThat(analysed).containsExactlyInAnyOrderElementsOf(refreshed);
		// analysed just now and not grown since: not again
		assertThat(this.statistics.refresh()).doesNotContain("stored_file");
		this.jdbc.sql("delete from stored_file where content_type = ?").param(FAKE).update();
	}

}
