package vn.vanthu.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.vanthu.platform.VanthuProperties;

/**
 * The file store: content-addressed by SHA-256 under
 * {@code <data-dir>/files/ab/cd/<sha256>}, written atomically (a temporary file renamed
 * into place, so a crash never leaves half a file under a valid name) and verified on
 * every read.
 */
@Service
public class StoredFiles {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	private final JdbcClient jdbc;

	private final IdempotentInsert rows;

	StoredFiles(VanthuProperties properties, JdbcClient jdbc, DataSource dataSource) {
		this.root = properties.dataPath("files");
		this.jdbc = jdbc;
		this.rows = new IdempotentInsert(dataSource);
	}

	/**
	 * Stores the content once; storing the same bytes again returns the existing file.
	 * @param content the bytes, read to the end but not closed
	 * @param contentType the declared media type, kept from the first upload
	 */
	public StoredFile store(InputStream content, String contentType) {
		return keep(content, contentType).file();
	}

	/**
	 * A file kept by {@link #keep}.
	 *
	 * @param file the stored file
	 * @param isNew whether this call recorded it: nothing in the library can refer to it
	 * yet (documents and versions refer to recorded files only)
	 */
	public record Kept(StoredFile file, boolean isNew) {
	}

	/**
	 * {@link #store}, telling whether the file is new to the library, so that a caller
	 * need not look up what refers to it.
	 */
	public Kept keep(InputStream content, String contentType) {
		try {
			Files.createDirectories(this.root.resolve("tmp"));
			Path temp = Files.createTempFile(this.root.resolve("tmp"), "upload-", ".part");
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				long size;
				try (OutputStream out = Files.newOutputStream(temp);
						DigestInputStream in = new DigestInputStream(content, digest)) {
					size = in.transferTo(out);
				}
				String sha = HexFormat.of().formatHex(digest.digest());
				Path target = pathOf(sha);
				if (!Files.exists(target)) {
					Files.createDirectories(target.getParent());
					move(temp, target);
				}
				return record(sha, size, contentType);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Không lưu được tệp: " + ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Optional<StoredFile> find(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			return Optional.empty();
		}
		return this.jdbc.sql("select sha256, size_bytes, content_type from stored_file where sha256 = ?")
			.param(sha256)
			.query((rs, n) -> new StoredFile(rs.getString(1), rs.getLong(2), rs.getString(3)))
			.optional();
	}

	/**
	 * The content, verified against its checksum before it is returned.
	 * @throws CorruptFileException when the bytes on disk no longer match their SHA-256
	 * @throws java.util.NoSuchElementException when there is no such file
	 */
	public byte[] read(String sha256) {
		StoredFile file = find(sha256)
			.orElseThrow(() -> new java.util.NoSuchElementException("Không có tệp " + sha256));
		try {
			byte[] bytes = Files.readAllBytes(pathOf(file.sha256()));
			String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
			if (!actual.equals(file.sha256())) {
				throw new CorruptFileException(file.sha256(), actual);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Không đọc được tệp " + sha256 + ": " + ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Where the content lives on disk; for streaming large files, callers should prefer
	 * {@link #read}.
	 */
	public Path pathOf(String sha256) {
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private Kept record(String sha, long size, String contentType) {
		// One statement for a new file (an import's usual case), and no failed insert for
		// a known one: a rerun of an import would otherwise log an error per file in the
		// database's log. If the caller rolls back, the bytes stay on disk without their
		// row: harmless, the next upload of the same content records them again.
		if (this.rows.insert("insert into stored_file (sha256, size_bytes, content_type)"
				+ " select cast(? as char(64)), cast(? as bigint), cast(? as varchar(255)) from (values (1)) as one (x)"
				+ " where not exists (select 1 from stored_file where sha256 = ?)", sha, size, contentType, sha)) {
			return new Kept(new StoredFile(sha, size, contentType), true);
		}
		// recorded before, or by a concurrent upload of the same bytes: its content type
		// stays
		return new Kept(find(sha).orElseThrow(), false);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * The bytes on disk do not match their checksum: the file was damaged after it was
	 * stored.
	 */
	public static class CorruptFileException extends IllegalStateException {

		public CorruptFileException(String expected, String actual) {
			super("Tệp " + expected + " bị hỏng trên đĩa (SHA-256 thực tế " + actual + ")");
		}

	}

}
