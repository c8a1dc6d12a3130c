package vn.vanthu.platform.backup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.util.FileSystemUtils;

import vn.vanthu.platform.backup.Restore.RestoreRefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup of an installation with Vanthu's schema, directory rows and stored files,
 * restored into an empty installation, gives back the same rows and bytes; a transaction
 * still open during the backup is not in it; a restore onto a non-empty installation and
 * a damaged backup are refused and change nothing. Runs on an H2 file database, and on
 * PostgreSQL when the run's database is PostgreSQL ({@code VANTHU_DB_URL}, as in CI), in
 * a schema of its own so the suite's tables are not touched.
 */
class BackupRoundTripTests {

	@TempDir
	Path temp;

	final ByteArrayOutputStream output = new ByteArrayOutputStream();

	final PrintStream out = new PrintStream(this.output, true, StandardCharsets.UTF_8);

	static List<String> databases() {
		List<String> databases = new ArrayList<>(List.of("h2"));
		String url = System.getenv("VANTHU_DB_URL");
		if (url != null && url.startsWith("jdbc:postgresql:")) {
			databases.add("postgresql");
		}
		return databases;
	}

	@ParameterizedTest
	@MethodSource("databases")
	void roundTripIntoAnEmptyInstallation(String database) throws Exception {
		Path data = this.temp.resolve("data");
		Installation installation = installation(database, data);
		wipe(installation);
		migrate(installation);
		String sha = store(installation, "Công văn số 15/UBND-VP".getBytes(StandardCharsets.UTF_8));
		Files.createDirectories(installation.filesDir().resolve("tmp"));
		Files.writeString(installation.filesDir().resolve("tmp/half-written"), "x");
		sql(installation,
				"insert into unit (code, name, kind) values ('XA-BATIEU', 'Ủy ban nhân dân xã Ba Tiêu',"
						+ " 'PEOPLES_COMMITTEE')",
				"insert into person (username, full_name, password_hash, admin)"
						+ " values ('quantri', 'Nguyễn Quản Trị', '{noop}x', true)");
		Map<String, String> before = snapshot(installation);

		Path backup = this.temp.resolve("backup");
		try (Connection open = installation.connect()) {
			open.setAutoCommit(false);
			open.createStatement()
				.executeUpdate("insert into person (username, full_name, password_hash)"
						+ " values ('uncommitted', 'Chưa lưu', '{noop}x')");
			new Backup(installation, this.out).writeTo(backup);
			open.rollback();
		}
		assertThat(Manifest.paths(backup))
			.contains(installation.dump().fileName(), "files/" + path(sha), Backup.PROPERTIES)
			.noneMatch((p) -> p.contains("half-written"));

		wipe(installation);
		new Restore(installation, this.out).from(backup);
		assertThat(snapshot(installation)).isEqualTo(before);
		assertThat(installation.filesDir().resolve(path(sha))).hasContent("Công văn số 15/UBND-VP");
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("stored files: 1 restored");

		assertThatThrownBy(() -> new Restore(installation, this.out).from(backup))
			.isInstanceOf(RestoreRefusedException.class)
			.hasMessageContaining("không trống");
		assertThat(snapshot(installation)).isEqualTo(before);

		Files.writeString(backup.resolve("files/" + path(sha)), "Công văn đã bị sửa");
		wipe(installation);
		assertThatThrownBy(() -> new Restore(installation, this.out).from(backup))
			.isInstanceOf(RestoreRefusedException.class)
			.hasMessageContaining("files/" + path(sha));
		assertThat(installation.dump().isEmpty()).isTrue();
		wipe(installation);
	}

	private Installation installation(String database, Path data) {
		if (database.equals("h2")) {
			return new Installation("jdbc:h2:file:" + data + "/db/vanthu;MODE=LEGACY;AUTO_SERVER=TRUE", "sa", "", data);
		}
		String url = System.getenv("VANTHU_DB_URL");
		return new Installation(url + (url.contains("?") ? "&" : "?") + "currentSchema=backup_round_trip",
				System.getenv().getOrDefault("VANTHU_DB_USER", "vanthu"),
				System.getenv().getOrDefault("VANTHU_DB_PASSWORD", "vanthu"), data);
	}

	private static void migrate(Installation installation) {
		var flyway = Flyway.configure()
			.dataSource(installation.databaseUrl(), installation.username(), installation.password())
			.locations("classpath:db/migration")
			.table("vanthu_schema_history");
		if (installation.isPostgres()) {
			flyway.schemas("backup_round_trip").createSchemas(true);
		}
		flyway.load().migrate();
	}

	/** Back to nothing: no database objects, no data folder. */
	private static void wipe(Installation installation) throws Exception {
		if (installation.isPostgres()) {
			try (Connection connection = DriverManagerUrls.withoutSchema(installation);
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists backup_round_trip cascade");
			}
		}
		FileSystemUtils.deleteRecursively(installation.dataDir());
	}

	private static String store(Installation installation, byte[] content) throws Exception {
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		Path file = installation.filesDir().resolve(path(sha));
		Files.createDirectories(file.getParent());
		Files.write(file, content);
		sql(installation, "insert into stored_file (sha256, size_bytes, content_type) values ('" + sha + "', "
				+ content.length + ", 'text/plain')");
		return sha;
	}

	private static String path(String sha) {
		return sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
	}

	private static void sql(Installation installation, String... statements) throws Exception {
		try (Connection connection = installation.connect(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.executeUpdate(sql);
			}
		}
	}

	/** Every table's rows, as text, by table name. */
	private static Map<String, String> snapshot(Installation installation) throws Exception {
		Map<String, String> tables = new TreeMap<>();
		try (Connection connection = installation.connect()) {
			List<String> names = new ArrayList<>();
			try (ResultSet rs = connection.getMetaData()
				.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					names.add(rs.getString("TABLE_NAME"));
				}
			}
			for (String name : names) {
				StringBuilder rows = new StringBuilder();
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("select * from \"" + name + "\" order by 1")) {
					int columns = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						for (int i = 1; i <= columns; i++) {
							rows.append(rs.getString(i)).append('|');
						}
						rows.append('\n');
					}
				}
				tables.put(name.toLowerCase(java.util.Locale.ROOT), rows.toString());
			}
		}
		assertThat(tables).containsKeys("person", "unit", "stored_file", "vanthu_schema_history");
		return tables;
	}

	private static final class DriverManagerUrls {

		static Connection withoutSchema(Installation installation) throws Exception {
			String url = installation.databaseUrl().replaceAll("[?&]currentSchema=[^&]*", "");
			return java.sql.DriverManager.getConnection(url, installation.username(), installation.password());
		}

	}

}
