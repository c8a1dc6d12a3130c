package vn.vanthu.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.sha256}: one line per file of a backup, {@code <sha256>  <path>}, the
 * format of {@code sha256sum}, so that {@code sha256sum -c manifest.sha256} checks a
 * backup without Vanthu.
 */
final class Manifest {

	static final String FILE_NAME = "manifest.sha256";

	private final Map<String, String> checksums = new LinkedHashMap<>();

	void add(Path folder, Path file) throws IOException {
		this.checksums.put(folder.relativize(file).toString().replace('\\', '/'), sha256(file));
	}

	int size() {
		return this.checksums.size();
	}

	void write(Path folder) throws IOException {
		StringBuilder lines = new StringBuilder();
		this.checksums.forEach((path, sum) -> lines.append(sum).append("  ").append(path).append('\n'));
		Files.writeString(folder.resolve(FILE_NAME), lines, StandardCharsets.UTF_8);
	}

	/** The paths listed in a backup's manifest. */
	static List<String> paths(Path folder) throws IOException {
		return new ArrayList<>(read(folder).keySet());
	}

	/**
	 * Checks every listed file against its checksum.
	 * @throws IOException naming the first file that is missing or differs
	 */
	static void verify(Path folder) throws IOException {
		for (Map.Entry<String, String> entry : read(folder).entrySet()) {
			Path file = folder.resolve(entry.getKey()).normalize();
			if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
				throw new IOException("Bản sao lưu thiếu tệp " + entry.getKey() + " (missing file)");
			}
			if (!sha256(file).equals(entry.getValue())) {
				throw new IOException("Tệp " + entry.getKey() + " không khớp mã kiểm tra (checksum mismatch)");
			}
		}
	}

	private static Map<String, String> read(Path folder) throws IOException {
		Path manifest = folder.resolve(FILE_NAME);
		if (!Files.isRegularFile(manifest)) {
			throw new IOException(folder + " không phải bản sao lưu của Vanthu: thiếu " + FILE_NAME);
		}
		Map<String, String> checksums = new LinkedHashMap<>();
		for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				checksums.put(line.substring(66), line.substring(0, 64));
			}
		}
		return checksums;
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
