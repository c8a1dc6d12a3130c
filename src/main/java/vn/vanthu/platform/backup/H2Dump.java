package vn.vanthu.platform.backup;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.zip.GZIPOutputStream;

/**
 * H2's own {@code SCRIPT}: the whole database as SQL (schema, data, sequences, users),
 * read in one statement so that it is consistent while Vanthu runs (the default URL opens
 * the file with {@code AUTO_SERVER}, so a second process reaches the running database
 * through its owner). The script is streamed to the backing-up side, not written by the
 * database process, so the backup folder needs no permission for Vanthu's account. A
 * script, unlike {@code BACKUP}'s copy of the store file, loads into a later H2 version.
 */
final class H2Dump implements DatabaseDump {

	private final Installation installation;

	H2Dump(Installation installation) {
		this.installation = installation;
	}

	@Override
	public String kind() {
		return "h2";
	}

	@Override
	public String fileName() {
		return "database.h2.sql.gz";
	}

	@Override
	public void write(Path file) throws Exception {
		try (Connection connection = this.installation.connect();
				Statement statement = connection.createStatement();
				ResultSet script = statement.executeQuery("SCRIPT");
				BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
						new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
			while (script.next()) {
				out.write(script.getString(1));
				out.write('\n');
			}
		}
	}

	@Override
	public boolean isEmpty() throws Exception {
		try (Connection connection = this.installation.connect();
				PreparedStatement tables = connection.prepareStatement(
						"select count(*) from information_schema.tables where table_schema = current_schema");
				ResultSet count = tables.executeQuery()) {
			count.next();
			return count.getLong(1) == 0;
		}
	}

	@Override
	public void restore(Path file) throws Exception {
		try (Connection connection = this.installation.connect();
				PreparedStatement run = connection.prepareStatement("RUNSCRIPT FROM ? COMPRESSION GZIP")) {
			run.setString(1, file.toAbsolutePath().toString());
			run.execute();
		}
	}

}
