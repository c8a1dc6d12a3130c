package vn.vanthu.platform.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL through its own tools (ADR 0011): {@code pg_dump} in the custom format,
 * which reads everything in one snapshot while Vanthu runs, and {@code pg_restore} in a
 * single transaction. Both must be on the {@code PATH} (Debian:
 * {@code postgresql-client}, of the server's major version or later). Connection settings
 * come from the JDBC URL and are passed through the {@code PG*} environment variables, so
 * the password never appears in a process list. A URL with {@code currentSchema} backs up
 * and restores that schema only.
 */
final class PostgresDump implements DatabaseDump {

	private static final Pattern SCHEMA = Pattern.compile("[?&]currentSchema=([^&]+)");

	private final Installation installation;

	PostgresDump(Installation installation) {
		this.installation = installation;
	}

	@Override
	public String kind() {
		return "postgresql";
	}

	@Override
	public String fileName() {
		return "database.pgdump";
	}

	@Override
	public void write(Path file) throws Exception {
		List<String> command = new ArrayList<>(
				List.of("pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file=" + file));
		schema().ifPresent((schema) -> command.add("--schema=" + schema));
		run(command);
	}

	@Override
	public boolean isEmpty() throws Exception {
		try (Connection connection = this.installation.connect();
				PreparedStatement tables = connection.prepareStatement("select count(*) from pg_class c"
						+ " join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema()")) {
			try (ResultSet count = tables.executeQuery()) {
				return !count.next() || count.getLong(1) == 0;
			}
		}
	}

	@Override
	public void restore(Path file) throws Exception {
		if (schema().isPresent()) {
			// the dump creates its schema; an empty one left by a first start would
			// collide
			try (Connection connection = this.installation.connect();
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists \"" + schema().get().replace("\"", "") + "\"");
			}
		}
		run(List.of("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
				"--dbname=" + connectionTarget().get("PGDATABASE"), file.toString()));
	}

	private java.util.Optional<String> schema() {
		Matcher m = SCHEMA.matcher(this.installation.databaseUrl());
		return m.find() ? java.util.Optional.of(java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8))
				: java.util.Optional.empty();
	}

	/** {@code PGHOST}, {@code PGPORT}, {@code PGDATABASE} from the JDBC URL. */
	Map<String, String> connectionTarget() {
		URI uri = URI.create(this.installation.databaseUrl().substring("jdbc:".length()));
		String database = uri.getPath().replaceFirst("^/", "");
		return Map.of("PGHOST", (uri.getHost() != null) ? uri.getHost() : "localhost", "PGPORT",
				String.valueOf((uri.getPort() > 0) ? uri.getPort() : 5432), "PGDATABASE", database);
	}

	private void run(List<String> command) throws IOException, InterruptedException {
		Path errors = Files.createTempFile("vanthu-pg", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile())
				.redirectOutput(ProcessBuilder.Redirect.DISCARD);
			builder.environment().putAll(connectionTarget());
			builder.environment().put("PGUSER", this.installation.username());
			builder.environment().put("PGPASSWORD", this.installation.password());
			Process process;
			try {
				process = builder.start();
			}
			catch (IOException ex) {
				throw new IOException(command.get(0) + " không có trên PATH: cài postgresql-client (" + command.get(0)
						+ " not found on PATH: install postgresql-client)", ex);
			}
			if (!process.waitFor(6, TimeUnit.HOURS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IOException(command.get(0) + " failed: " + Files.readString(errors).strip());
			}
		}
		finally {
			Files.deleteIfExists(errors);
		}
	}

}
