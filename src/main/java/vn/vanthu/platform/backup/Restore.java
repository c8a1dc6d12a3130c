package vn.vanthu.platform.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * {@code vanthu restore DIR}: checks the backup against its manifest, refuses an
 * installation that is not empty (a database with tables, or stored files), then loads
 * the database and copies the files back. The search index is not in a backup: the caller
 * rebuilds it from the restored database ({@code reindex}).
 */
public final class Restore {

	private final Installation installation;

	private final PrintStream out;

	public Restore(Installation installation, PrintStream out) {
		this.installation = installation;
		this.out = out;
	}

	/**
	 * Restores the backup in {@code folder}.
	 * @throws RestoreRefusedException when the backup is damaged or does not fit, or the
	 * installation is not empty; nothing was changed
	 */
	public void from(Path folder) throws Exception {
		Path backup = folder.toAbsolutePath().normalize();
		try {
			Manifest.verify(backup);
		}
		catch (IOException ex) {
			throw new RestoreRefusedException(ex.getMessage());
		}
		Properties properties = new Properties();
		try (var reader = Files.newBufferedReader(backup.resolve(Backup.PROPERTIES))) {
			properties.load(reader);
		}
		DatabaseDump dump = this.installation.dump();
		if (!dump.kind().equals(properties.getProperty("database"))) {
			throw new RestoreRefusedException("Bản sao lưu là của cơ sở dữ liệu " + properties.getProperty("database")
					+ ", cài đặt này dùng " + dump.kind() + " (the backup's database kind differs)");
		}
		if (!dump.isEmpty() || hasStoredFiles()) {
			throw new RestoreRefusedException("Cài đặt này không trống: chỉ khôi phục vào một cài đặt mới"
					+ " (cơ sở dữ liệu trống, không có tệp lưu trữ) / refused: the installation is not empty ("
					+ this.installation.databaseUrl() + ", " + this.installation.filesDir() + ")");
		}
		dump.restore(backup.resolve(dump.fileName()));
		this.out.printf("database (%s) restored from %s%n", dump.kind(), properties.getProperty("created"));
		long files = copyFiles(backup.resolve(Backup.FILES));
		this.out.printf("stored files: %,d restored%n", files);
	}

	private boolean hasStoredFiles() throws IOException {
		Path root = this.installation.filesDir();
		if (!Files.isDirectory(root)) {
			return false;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).anyMatch((f) -> Backup.isStored(root, f));
		}
	}

	private long copyFiles(Path from) throws IOException {
		Path to = this.installation.filesDir();
		long count = 0;
		if (!Files.isDirectory(from)) {
			return count;
		}
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path copy = to.resolve(from.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
				count++;
			}
		}
		return count;
	}

	/** The backup cannot be restored here; nothing was changed. */
	public static class RestoreRefusedException extends Exception {

		RestoreRefusedException(String message) {
			super(message);
		}

	}

}
