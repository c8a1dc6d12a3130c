package vn.vanthu.document;

import java.sql.DatabaseMetaData;
import java.sql.Timestamp;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;

import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statistics refreshed during an import: on PostgreSQL every table of the library is
 * analysed; other databases are left alone and the caller is told so.
 */
@VanthuIntegrationTest
class LibraryStatisticsTests {

	@Autowired
	LibraryStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void analysesTheLibraryTablesOnPostgresqlOnly() throws Exception {
		boolean postgresql = "PostgreSQL"
			.equals(JdbcUtils.extractDatabaseMetaData(this.dataSource, DatabaseMetaData::getDatabaseProductName));
		Timestamp before = this.jdbc.sql("select current_timestamp").query(Timestamp.class).single();

		assertThat(this.statistics.refresh()).isEqualTo(postgresql);

		if (postgresql) {
			List<String> tables = List.of("stored_file", "document", "document_version", "document_text",
					"document_recipient", "document_citation", "document_assignment");
			List<String> analysed = this.jdbc
				.sql("select relname from pg_stat_user_tables where last_analyze >= :before and relname in (:tables)")
				.param("before", before)
				.param("tables", tables)
				.query(String.class)
				.list();
			assertThat(analysed).containsExactlyInAnyOrderElementsOf(tables);
		}
	}

}
