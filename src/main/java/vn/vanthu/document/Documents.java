package vn.vanthu.document;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.platform.Paging;
import vn.vanthu.text.DocumentFacts;
import vn.vanthu.text.DocumentReader;
import vn.vanthu.text.VietnameseText;

/**
 * The library's one write path. Every change runs in one transaction that also publishes
 * {@link DocumentStored} or {@link DocumentChanged}; the search module's listener writes
 * its outbox row in that same transaction, so the index can always catch up.
 *
 * <p>
 * Text given to the library is NFC-normalised and read by the text module: number, kind,
 * issuer, date, subject, secrecy, citations and assignments are stored. Metadata given by
 * the caller wins over what the text says.
 */
@Service
public class Documents {

	private final DocumentRepository repository;

	private final CitationGraph citations;

	private final AssignmentStore assignments;

	private final ApplicationEventPublisher events;

	private final NewDocuments inserts;

	private final DocumentAccess access;

	Documents(DocumentRepository repository, CitationGraph citations, AssignmentStore assignments,
			ApplicationEventPublisher events, NewDocuments inserts, DocumentAccess access) {
		this.inserts = inserts;
		this.access = access;
		this.repository = repository;
		this.citations = citations;
		this.assignments = assignments;
		this.events = events;
	}

	/** Creates a document, with version 1 when a file is given. */
	@Transactional
	public Document create(NewDocument request) {
		return insert(request, null);
	}

	/**
	 * Creates a document from an uploaded or imported file: at most one such document per
	 * file content (a unique constraint on the source file). When another transaction
	 * created it first, this one fails with
	 * {@link org.springframework.dao.DuplicateKeyException} and rolls back entirely; the
	 * caller then takes {@link #findByContent}.
	 * @throws IllegalArgumentException when the request has no file
	 */
	@Transactional
	public Document createFromFile(NewDocument request) {
		if (request.file() == null) {
			throw new IllegalArgumentException("Văn bản nhập từ tệp phải có tệp.");
		}
		return insert(request, request.file().sha256());
	}

	/**
	 * The document made of this content, in one query: the one created from it by
	 * {@link #createFromFile}, else the oldest one having it as a version.
	 */
	public Optional<Document> findByContent(String sha256) {
		return this.repository.findByContent(sha256).flatMap(this.repository::find);
	}

	/**
	 * {@link #findByContent} among the documents the reader may open: an upload of the
	 * same bytes as a document the uploader may not open must not tell them about it.
	 */
	public Optional<Document> findByContent(String sha256, Reader reader) {
		return this.repository.findReadableByContent(sha256, reader).flatMap(this.repository::find);
	}

	private Document insert(NewDocument request, String sourceSha256) {
		return this.inserts.insert(List.of(new NewDocuments.Insert(request, sourceSha256))).get(0);
	}

	/**
	 * {@link #createFromFile} for many files in one transaction and a few statements: all
	 * are created, or none when one fails (a file recorded meanwhile by someone else
	 * gives {@link org.springframework.dao.DuplicateKeyException}); the caller may then
	 * create them one by one.
	 * @return the documents, in the order given
	 */
	@Transactional
	public List<Document> createAllFromFiles(List<NewDocument> requests) {
		if (requests.stream().anyMatch((r) -> r.file() == null)) {
			throw new IllegalArgumentException("Văn bản nhập từ tệp phải có tệp.");
		}
		if (requests.isEmpty()) {
			return List.of();
		}
		return this.inserts
			.insert(requests.stream().map((r) -> new NewDocuments.Insert(r, r.file().sha256())).toList());
	}

	public Optional<Document> find(DocumentId id) {
		return this.repository.find(id.value());
	}

	/**
	 * @throws NoSuchElementException when there is no such document
	 */
	public Document get(DocumentId id) {
		return find(id).orElseThrow(() -> new NoSuchElementException("Không tìm thấy văn bản " + id + "."));
	}

	/** The document one of whose versions has this content, if any. */
	public Optional<Document> findByFile(String sha256) {
		return this.repository.findByFile(sha256).flatMap(this.repository::find);
	}

	/** Documents with this number in any spelling ("673/QD - UBND"), newest first. */
	public List<Document> findByNumber(String number) {
		return NumberForm.of(number)
			.map((n) -> this.repository.query(
					"where d.number_key = :key order by d.issued_on desc nulls last, d.id desc",
					Map.of("key", n.key())))
			.orElse(List.of());
	}

	/**
	 * Documents the reader may read, newest first (secret ones included when allowed); at
	 * most {@link Paging#MAX_SIZE} at once.
	 */
	public List<Document> readable(Reader reader, long offset, int limit) {
		return this.repository.query(ReadableSql.WHERE + " order by d.id desc offset " + Math.max(0, offset)
				+ " rows fetch next " + Math.max(1, Math.min(limit, Paging.MAX_SIZE)) + " rows only",
				ReadableSql.params(reader));
	}

	/** Adds a new current version; its text (when given) replaces the stored text. */
	@Transactional
	public Document addVersion(DocumentId id, StoredFile file, String fileName, String text, Extraction extraction,
			String createdBy) {
		Document document = get(id);
		int number = this.repository.versions(id.value()).size() + 1;
		this.repository.addVersion(id.value(), number, file, fileName, createdBy);
		return recordText(id, text, extraction, document);
	}

	/**
	 * Records the text extracted from the current version (a first try or a retry):
	 * fields still empty are filled from the text; citations and assignments are
	 * replaced.
	 */
	@Transactional
	public Document recordExtraction(DocumentId id, String text, Extraction extraction) {
		return recordText(id, text, extraction, get(id));
	}

	private Document recordText(DocumentId id, String rawText, Extraction extraction, Document document) {
		String text = rawText == null ? null : VietnameseText.nfc(rawText);
		DocumentFacts facts = text == null ? null : DocumentReader.read(text);
		DocumentMetadata keep = new DocumentMetadata(document.number(), document.kind(), document.issuerUnit(),
				document.issuer(), document.issuedOn(), document.subject());
		DocumentRow row = DocumentRow.of(keep, facts, document.origin(), document.status(),
				document.access().isPublic(), document.access().secrecy(), extraction);
		this.repository.update(id.value(), row);
		storeText(id.value(), text, facts);
		resolveAround(document.numberKey(), row.number());
		return changed(id);
	}

	/** Corrects metadata; {@code null} fields are cleared. */
	@Transactional
	public Document updateMetadata(DocumentId id, DocumentMetadata metadata) {
		Document document = get(id);
		NumberForm number = NumberForm.of(metadata.number()).orElse(null);
		DocumentRow row = new DocumentRow(number, DocumentRow.kindLabel(metadata.kind()), metadata.issuerUnit(),
				DocumentRow.clean(metadata.issuer()), metadata.issuedOn(),
				DocumentRow.year(metadata.issuedOn(), null, number), DocumentRow.clean(metadata.subject()),
				document.origin(), document.status(), document.access().isPublic(), document.access().secrecy(),
				document.extraction());
		this.repository.update(id.value(), row);
		resolveAround(document.numberKey(), number);
		return changed(id);
	}

	@Transactional
	public Document setStatus(DocumentId id, DocumentStatus status) {
		Document d = get(id);
		this.repository.update(id.value(), DocumentRow.of(d, status, d.access().isPublic()));
		this.citations.resolveKey(d.numberKey());
		return changed(id);
	}

	@Transactional
	public Document setPublic(DocumentId id, boolean isPublic) {
		Document d = get(id);
		this.repository.update(id.value(), DocumentRow.of(d, d.status(), isPublic));
		return changed(id);
	}

	/** Lets the members of a unit read the document (a recipient unit). */
	@Transactional
	public Document grantAccess(DocumentId id, UnitCode unit) {
		get(id);
		this.repository.addRecipients(id.value(), Set.of(unit));
		this.repository.bump(id.value());
		return changed(id);
	}

	/** Lets one user read the document (drafters, commenters, approvers of a draft). */
	@Transactional
	public Document grantReader(DocumentId id, String username) {
		get(id);
		this.repository.addReader(id.value(), username);
		this.repository.bump(id.value());
		return changed(id);
	}

	public List<DocumentVersion> versions(DocumentId id) {
		return this.repository.versions(id.value());
	}

	/** The NFC text of the current version, when extracted. */
	public Optional<String> text(DocumentId id) {
		return this.repository.text(id.value());
	}

	/** The document's citations, resolved to any document (for the library's own use). */
	public List<DocumentCitation> citations(DocumentId id) {
		return this.citations.of(id.value());
	}

	/**
	 * The document's citations as the reader sees them: a citation of a document the
	 * reader may not open reads as one not in the library (no id, no candidates), and
	 * ambiguous candidates are only those the reader may open (ADR 0008).
	 */
	public List<DocumentCitation> citations(DocumentId id, Reader reader) {
		List<DocumentCitation> all = citations(id);
		Set<DocumentId> named = new java.util.HashSet<>();
		all.forEach((c) -> {
			if (c.resolvedId() != null) {
				named.add(c.resolvedId());
			}
			named.addAll(c.candidates());
		});
		Set<DocumentId> open = this.access.readable(named, reader);
		return all.stream().map((c) -> c.seenBy(open)).toList();
	}

	/** Documents whose citations resolve to this one (for the library's own use). */
	public List<CitingDocument> citedBy(DocumentId id) {
		return this.citations.citing(id.value());
	}

	/**
	 * Documents citing this one that the reader may open; the others are left out, not
	 * counted, not hinted at (ADR 0008).
	 */
	public List<CitingDocument> citedBy(DocumentId id, Reader reader) {
		List<CitingDocument> all = citedBy(id);
		Set<DocumentId> open = this.access.readable(all.stream().map(CitingDocument::id).toList(), reader);
		return all.stream().filter((c) -> open.contains(c.id())).toList();
	}

	public List<DocumentAssignment> assignments(DocumentId id) {
		return this.assignments.of(id.value());
	}

	/**
	 * Documents in the library, whoever may read them (the search index's
	 * administration).
	 */
	public long count() {
		return this.repository.count();
	}

	/** Document ids in order, for rebuilding the index page by page. */
	public List<DocumentId> idsAfter(long afterId, int limit) {
		return this.repository.idsAfter(afterId, limit).stream().map(DocumentId::new).toList();
	}

	private Document changed(DocumentId id) {
		Document document = get(id);
		this.events.publishEvent(new DocumentChanged(id, document.revision()));
		return document;
	}

	private void storeText(long id, String text, DocumentFacts facts) {
		this.repository.saveText(id, text);
		this.citations.replace(id, facts == null ? List.of() : facts.citations());
		this.assignments.replace(id, facts == null ? List.of() : facts.assignments());
	}

	private void resolveAround(String oldKey, NumberForm number) {
		this.citations.resolveKey(oldKey);
		if (number != null && !number.key().equals(oldKey)) {
			this.citations.resolveKey(number.key());
		}
	}

}
