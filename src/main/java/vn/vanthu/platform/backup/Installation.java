package vn.vanthu.platform.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.core.env.Environment;

/**
 * What a backup copies and a restore fills: the database named by
 * {@code spring.datasource.*} and the stored files under {@code vanthu.data-dir}, as the
 * application itself would resolve them (configuration files, profiles, environment).
 *
 * @param databaseUrl the JDBC URL
 * @param username the database user
 * @param password the database password
 * @param dataDir the data folder
 */
public record Installation(String databaseUrl, String username, String password, Path dataDir) {

	/** The installation the application would use with this environment. */
	public static Installation of(Environment environment) {
		return new Installation(environment.getRequiredProperty("spring.datasource.url"),
				environment.getProperty("spring.datasource.username", ""),
				environment.getProperty("spring.datasource.password", ""),
				Path.of(environment.getProperty("vanthu.data-dir", "./data")).toAbsolutePath().normalize());
	}

	/** The stored files' folder (the document module's content-addressed store). */
	public Path filesDir() {
		return this.dataDir.resolve("files");
	}

	public boolean isPostgres() {
		return this.databaseUrl.startsWith("jdbc:postgresql:");
	}

	public boolean isH2() {
		return this.databaseUrl.startsWith("jdbc:h2:");
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.databaseUrl, this.username, this.password);
	}

	/** The dump format for this database. */
	DatabaseDump dump() {
		if (isH2()) {
			return new H2Dump(this);
		}
		if (isPostgres()) {
			return new PostgresDump(this);
		}
		throw new IllegalStateException("Sao lưu chỉ hỗ trợ H2 và PostgreSQL, không hỗ trợ " + this.databaseUrl);
	}

}
