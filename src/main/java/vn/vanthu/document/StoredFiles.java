package vn.vanthu.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcOperations;
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

	private static final String INSERT_IF_ABSENT = "insert into stored_file (sha256, size_bytes, content_type)"
			+ " select cast(? as char(64)), cast(? as bigint), cast(? as varchar(255)) from (values (1)) as one (x)"
			+ " where not exists (select 1 from stored_file where sha256 = ?)";

	private final Path root;

	private final Path temporary;

	private final JdbcClient jdbc;

	private final JdbcOperations batch;

	private final IdempotentInsert rows;

	StoredFiles(VanthuProperties properties, JdbcClient jdbc, JdbcOperations batch, DataSource dataSource)
			throws IOException {
		this.root = properties.dataPath("files");
		this.temporary = Files.createDirectories(this.root.resolve("tmp"));
		this.jdbc = jdbc;
		this.batch = batch;
		this.rows = new IdempotentInsert(dataSource);
	}

	/**
	 * Stores the content once and records it; storing the same bytes again returns the
	 * existing file. Its media type is detected from the bytes ({@link FileTypes}); what
	 * the uploader declared is never kept.
	 * @param content the bytes, read to the end but not closed
	 */
	public StoredFile store(InputStream content) {
		StoredFile file = write(content).file();
		return record(file) ? file : find(file.sha256()).orElseThrow();
	}

	/**
	 * Bytes written by {@link #write}.
	 *
	 * @param file the file, not recorded yet
	 * @param isNew whether the bytes were not in the store before this call: then no
	 * document can refer to them yet (a file is recorded once its bytes are in place, and
	 * documents refer to recorded files only)
	 */
	public record Kept(StoredFile file, boolean isNew) {
	}

	/**
	 * Puts the bytes in place without recording the file: the document that refers to it
	 * records it in its own transaction ({@link Documents#createFromFile},
	 * {@link Documents#createAllFromFiles}), so that an import commits once per batch
	 * rather than once per file. Bytes whose recording is rolled back stay on disk,
	 * harmlessly: the next write of the same content finds them. The media type is
	 * detected from the bytes.
	 */
	public Kept write(InputStream content) {
		try {
			Path temp = temporaryFile();
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				long size;
				try (OutputStream out = Files.newOutputStream(temp);
						DigestInputStream in = new DigestInputStream(content, digest)) {
					size = in.transferTo(out);
				}
				String sha = HexFormat.of().formatHex(digest.digest());
				String contentType = FileTypes.detect(temp);
				Path target = pathOf(sha);
				boolean isNew = !Files.exists(target);
				if (isNew) {
					Files.createDirectories(target.getParent());
					move(temp, target);
				}
				return new Kept(new StoredFile(sha, size, contentType), isNew);
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

	/**
	 * Records written files in the caller's transaction, those not recorded yet; a
	 * recorded file keeps its content type.
	 */
	void recordAll(List<StoredFile> files) {
		Map<String, StoredFile> distinct = new LinkedHashMap<>();
		files.forEach((f) -> distinct.putIfAbsent(f.sha256(), f));
		if (distinct.size() == 1) {
			// behind a savepoint: a concurrent upload of the same bytes must not abort
			// the caller's transaction
			record(distinct.values().iterator().next());
		}
		else {
			Batches.run(this.batch, INSERT_IF_ABSENT, distinct.values().stream().map(StoredFiles::params).toList());
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

	private Path temporaryFile() throws IOException {
		try {
			return Files.createTempFile(this.temporary, "upload-", ".part");
		}
		catch (NoSuchFileException ex) {
			// the folder was removed while running (a cleaned data folder): again
			return Files.createTempFile(Files.createDirectories(this.temporary), "upload-", ".part");
		}
	}

	/** Records the file unless it is; {@code false} when it was recorded already. */
	private boolean record(StoredFile file) {
		// one statement, and no failed insert for a known file (a rerun of an import
		// would otherwise log an error per file in the database's log)
		return this.rows.insert(INSERT_IF_ABSENT, params(file));
	}

	private static Object[] params(StoredFile file) {
		return new Object[] { file.sha256(), file.size(), file.contentType(), file.sha256() };
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
