package vn.vanthu.ingest;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentAccess;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentOrigin;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.document.DocumentVersion;
import vn.vanthu.document.Documents;
import vn.vanthu.document.Extraction;
import vn.vanthu.document.NewDocument;
import vn.vanthu.document.Reader;
import vn.vanthu.document.StoredFile;
import vn.vanthu.document.StoredFiles;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.LegacyEncoding;

/**
 * Takes in files: stores them first (content-addressed: the same file twice is one
 * document), then extracts their text in an isolated worker and records the document with
 * what the text module reads in it. A file whose text cannot be read is still a stored
 * document, marked "không trích xuất được" with the reason; {@link #retry} tries again.
 */
@Service
public class Ingestion {

	private final StoredFiles files;

	private final Documents documents;

	private final IsolatedExtractor extractor;

	private final DocumentAccess access;

	Ingestion(StoredFiles files, Documents documents, IsolatedExtractor extractor, DocumentAccess access) {
		this.access = access;
		this.files = files;
		this.documents = documents;
		this.extractor = extractor;
	}

	/**
	 * Who ingests, and who may read the result.
	 *
	 * @param createdBy the acting user, or {@code null}
	 * @param recipients units whose members may read the documents
	 * @param isPublic readable by all users (unless secret)
	 * @param origin received or imported
	 * @param status the documents' status
	 */
	public record Options(String createdBy, Set<UnitCode> recipients, boolean isPublic, DocumentOrigin origin,
			DocumentStatus status) {

		public Options {
			recipients = Set.copyOf(recipients == null ? Set.of() : recipients);
			origin = origin == null ? DocumentOrigin.IMPORTED : origin;
			status = status == null ? DocumentStatus.RECEIVED : status;
		}

	}

	/**
	 * The document created or found.
	 *
	 * @param document the document
	 * @param existing whether the same file was already in the library
	 */
	public record Result(Document document, boolean existing) {
	}

	/**
	 * A stored file, with its text extracted, ready to be recorded.
	 *
	 * @param file the stored file
	 * @param fileName the name it came with
	 * @param existing the document already made of this file, if any (nothing was
	 * extracted then)
	 * @param extracted the extraction's outcome, or {@code null} when the file exists
	 */
	public record Prepared(StoredFile file, String fileName, Document existing, ExtractedText extracted) {
	}

	/**
	 * Ingests one file; never loses it, whatever its content. The same bytes as a
	 * document the uploader may open answer that document; the same bytes as only
	 * documents the uploader may not open become the uploader's own new document, so that
	 * an upload never tells about a document its uploader may not open (ADR 0008).
	 */
	public Result ingest(InputStream content, String fileName, Options options) {
		Prepared prepared = prepare(content, fileName);
		Result result = record(prepared, options);
		if (!result.existing() || options.createdBy() == null) {
			return result;
		}
		Reader uploader = this.access.readerOf(options.createdBy());
		if (this.access.canRead(result.document(), uploader)) {
			return result;
		}
		return this.documents.findByContent(prepared.file().sha256(), uploader)
			.map((d) -> new Result(d, true))
			.orElseGet(() -> new Result(ownCopy(prepared, options), false));
	}

	/**
	 * A document of its own for bytes already in the library under documents the uploader
	 * may not open: extracted again (nothing is taken from the others) and not marked as
	 * made of these bytes, which stays the first document's claim.
	 */
	private Document ownCopy(Prepared prepared, Options options) {
		StoredFile file = prepared.file();
		ExtractedText extracted = this.extractor.extract(this.files.pathOf(file.sha256()), prepared.fileName());
		return this.documents.create(request(new Prepared(file, prepared.fileName(), null, extracted), options));
	}

	/**
	 * The first half of {@link #ingest}: stores the file and extracts its text (in an
	 * isolated worker). Safe to call from several threads; nothing is recorded yet, but
	 * the file is kept, so a crash before {@link #record} loses nothing that an import
	 * rerun would not find again.
	 */
	public Prepared prepare(InputStream content, String fileName) {
		StoredFiles.Kept kept = this.files.write(content);
		StoredFile file = kept.file();
		// bytes new to the store cannot be any document's yet; the file is recorded
		// with its document
		Optional<Document> existing = kept.isNew() ? Optional.empty() : this.documents.findByContent(file.sha256());
		if (existing.isPresent()) {
			return new Prepared(file, fileName, existing.get(), null);
		}
		return new Prepared(file, fileName, null, this.extractor.extract(this.files.pathOf(file.sha256()), fileName));
	}

	/** The second half of {@link #ingest}: records the document in one transaction. */
	public Result record(Prepared prepared, Options options) {
		if (prepared.existing() != null) {
			return new Result(prepared.existing(), true);
		}
		StoredFile file = prepared.file();
		try {
			return new Result(this.documents.createFromFile(request(prepared, options)), false);
		}
		catch (DuplicateKeyException ex) {
			// the same file ingested at the same moment: the other one won; its
			// transaction has committed, ours rolled back as a whole
			return this.documents.findByContent(file.sha256()).map((d) -> new Result(d, true)).orElseThrow(() -> ex);
		}
	}

	/**
	 * {@link #record} for several files in one transaction, for an import's throughput:
	 * all are recorded, or none and the exception is thrown (a file recorded meanwhile by
	 * someone else, a database failure); the caller may then record them one by one.
	 * @return the results, in the order given
	 */
	public List<Result> recordAll(List<Prepared> batch, Options options) {
		List<Prepared> fresh = batch.stream().filter((p) -> p.existing() == null).toList();
		Iterator<Document> created = this.documents
			.createAllFromFiles(fresh.stream().map((p) -> request(p, options)).toList())
			.iterator();
		return batch.stream()
			.map((p) -> (p.existing() != null) ? new Result(p.existing(), true) : new Result(created.next(), false))
			.toList();
	}

	private static NewDocument request(Prepared prepared, Options options) {
		ExtractedText extracted = prepared.extracted();
		String text = extracted.ok() ? LegacyEncoding.repair(extracted.text()) : null;
		Extraction extraction = extracted.ok() ? Extraction.extracted(note(extracted, text))
				: Extraction.failed(extracted.reason());
		return new NewDocument(DocumentMetadata.empty(), options.origin(), options.status(), options.recipients(),
				options.isPublic(), null, prepared.file(), prepared.fileName(), text, extraction, options.createdBy());
	}

	/** Extracts the current version's text again (after a failure, or a better OCR). */
	public Document retry(DocumentId id) {
		Document document = this.documents.get(id);
		DocumentVersion current = this.documents.versions(id)
			.stream()
			.filter((v) -> v.number() == document.currentVersion())
			.findFirst()
			.orElseThrow(() -> Problem.conflict("no-file", "Văn bản " + id + " không có tệp để trích xuất."));
		ExtractedText extracted = this.extractor.extract(this.files.pathOf(current.file().sha256()),
				current.fileName());
		if (extracted.ok()) {
			String text = LegacyEncoding.repair(extracted.text());
			return this.documents.recordExtraction(id, text, Extraction.extracted(note(extracted, text)));
		}
		return this.documents.recordExtraction(id, null, Extraction.failed(extracted.reason()));
	}

	/** How the text was obtained, when not simply read from the file. */
	private static String note(ExtractedText extracted, String text) {
		// repair returns the very same string when the text was not TCVN3
		String converted = text == extracted.text() ? null
				: "chuyển mã " + LegacyEncoding.encodingOf(extracted.text()) + " sang Unicode";
		if (extracted.ocr()) {
			return converted == null ? "OCR (Tesseract)" : "OCR (Tesseract), " + converted;
		}
		return converted;
	}

}
