package vn.vanthu.platform.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * {@code vanthu backup DIR}: the database first, then the stored files, then the manifest
 * with their checksums. Files are written before the rows that name them and never change
 * (content-addressed), so every file the database copy refers to is already there when
 * the files are copied, even while Vanthu runs; files stored after the database copy are
 * copied too and do no harm.
 */
public final class Backup {

	static final String PROPERTIES = "backup.properties";

	static final String FILES = "files";

	private final Installation installation;

	private final PrintStream out;

	public Backup(Installation installation, PrintStream out) {
		this.installation = installation;
		this.out = out;
	}

	/**
	 * Writes the backup into {@code folder}, which must be empty or not exist.
	 * @throws IOException when the folder holds something or a copy fails
	 */
	public void writeTo(Path folder) throws Exception {
		Path target = folder.toAbsolutePath().normalize();
		if (Files.isDirectory(target)) {
			try (Stream<Path> content = Files.list(target)) {
				if (content.findAny().isPresent()) {
					throw new IOException("Thư mục " + target + " không trống (the backup folder must be empty)");
				}
			}
		}
		Files.createDirectories(target);
		DatabaseDump dump = this.installation.dump();
		Manifest manifest = new Manifest();
		long started = System.nanoTime();
		Path database = target.resolve(dump.fileName());
		dump.write(database);
		manifest.add(target, database);
		this.out.printf("database (%s): %,d bytes%n", dump.kind(), Files.size(database));
		long[] copied = copyFiles(target.resolve(FILES), manifest, target);
		this.out.printf("stored files: %,d (%,d bytes)%n", copied[0], copied[1]);
		Properties properties = new Properties();
		properties.setProperty("format", "1");
		properties.setProperty("created", Instant.now().toString());
		properties.setProperty("database", dump.kind());
		properties.setProperty("files", String.valueOf(copied[0]));
		String version = Backup.class.getPackage().getImplementationVersion();
		properties.setProperty("vanthu.version", (version != null) ? version : "development");
		try (var writer = Files.newBufferedWriter(target.resolve(PROPERTIES))) {
			properties.store(writer, "Vanthu backup: restore with 'vanthu restore " + target + "'");
		}
		manifest.add(target, target.resolve(PROPERTIES));
		manifest.write(target);
		this.out.printf("backup written to %s in %.1f s (%d files checksummed in %s)%n", target,
				(System.nanoTime() - started) / 1e9, manifest.size(), Manifest.FILE_NAME);
	}

	private long[] copyFiles(Path to, Manifest manifest, Path backup) throws IOException {
		Path from = this.installation.filesDir();
		long[] counts = new long[2];
		Files.createDirectories(to);
		if (!Files.isDirectory(from)) {
			return counts;
		}
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).filter((f) -> isStored(from, f)).toList()) {
				Path copy = to.resolve(from.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
				manifest.add(backup, copy);
				counts[0]++;
				counts[1] += Files.size(copy);
			}
		}
		return counts;
	}

	/** The store's own temporary folder holds half-written files: not part of it. */
	static boolean isStored(Path root, Path file) {
		List<String> names = List.of(root.relativize(file).toString().split("[/\\\\]"));
		return !names.get(0).equals("tmp");
	}

}
