package vn.vanthu.document;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;
import vn.vanthu.platform.Problem;

/**
 * Who may read a document (DESIGN §4). A user may read a document when:
 * <ul>
 * <li>they were granted it by name ({@link Documents#grantReader}: drafters, commenters,
 * approvers) or created it;</li>
 * <li>it is not a draft, and they belong to its issuer unit or to a recipient unit;</li>
 * <li>it is not a draft, public, and not secret.</li>
 * </ul>
 * Secret documents never appear in general search, whoever asks. The search index stores
 * the same facts ({@link #indexedReaders}) so that search filters inside the query.
 *
 * <p>
 * This is the one rule of who may open a document; every path that names a document
 * (citations, cited-by lists, duplicate uploads, follow-up tasks and evidence, registers)
 * asks it, through {@link #canRead} or {@link #readable} for many at once, and shows what
 * the reader may not open as if it did not exist (ADR 0008).
 */
@Service
public class DocumentAccess {

	private final Directory directory;

	private final DocumentRepository repository;

	DocumentAccess(Directory directory, DocumentRepository repository) {
		this.directory = directory;
		this.repository = repository;
	}

	/** The reader for a login: their username and units (none when unknown). */
	public Reader readerOf(String username) {
		Set<UnitCode> units = this.directory.findPerson(new Username(username))
			.map((p) -> Set.copyOf(p.units()))
			.orElse(Set.of());
		return new Reader(username, units);
	}

	public boolean canRead(Document document, Reader reader) {
		if (reader.username().equals(document.createdBy())
				|| this.repository.readers(document.id().value()).contains(reader.username())) {
			return true;
		}
		if (document.status() == DocumentStatus.DRAFT) {
			return false;
		}
		DocumentAccessRule access = document.access();
		if (access.issuerUnit() != null && reader.units().contains(access.issuerUnit())) {
			return true;
		}
		if (access.recipientUnits().stream().anyMatch(reader.units()::contains)) {
			return true;
		}
		return access.readableByAll();
	}

	/**
	 * The documents among {@code ids} that the reader may open, in one query per few
	 * hundred ids (the rule of {@link #canRead} in SQL); ids of no document are left out.
	 */
	public Set<DocumentId> readable(Collection<DocumentId> ids, Reader reader) {
		List<Long> values = ids.stream().map(DocumentId::value).distinct().toList();
		Set<DocumentId> found = new HashSet<>();
		for (int from = 0; from < values.size(); from += 500) {
			this.repository.readableIds(values.subList(from, Math.min(values.size(), from + 500)), reader)
				.forEach((id) -> found.add(new DocumentId(id)));
		}
		return found;
	}

	/**
	 * Whether the reader may open the document with this id (false when there is none).
	 */
	public boolean canRead(DocumentId id, Reader reader) {
		return !readable(List.of(id), reader).isEmpty();
	}

	/**
	 * Throws a 404 problem when the reader may not read the document: a denied user does
	 * not learn that it exists.
	 */
	public void check(Document document, Reader reader) {
		if (!canRead(document, reader)) {
			throw Problem.notFound("document-not-found", "Không tìm thấy văn bản " + document.id() + ".");
		}
	}

	/**
	 * The access facts to index with a document: named readers (as read for a batch by
	 * {@link IndexSources}) and its creator, and reading units (issuer and recipients,
	 * none for drafts).
	 */
	public IndexedReaders indexedReaders(Document document, Set<String> namedReaders) {
		Set<String> users = new java.util.HashSet<>(namedReaders);
		if (document.createdBy() != null) {
			users.add(document.createdBy());
		}
		Set<String> units = Set.of();
		if (document.status() != DocumentStatus.DRAFT) {
			units = new java.util.HashSet<>(
					document.access().recipientUnits().stream().map(UnitCode::value).collect(Collectors.toSet()));
			if (document.access().issuerUnit() != null) {
				units.add(document.access().issuerUnit().value());
			}
		}
		boolean everyone = document.status() != DocumentStatus.DRAFT && document.access().readableByAll();
		return new IndexedReaders(users, units, everyone, document.access().isSecret());
	}

	/**
	 * Access facts for the index.
	 *
	 * @param usernames named readers
	 * @param units reading units
	 * @param everyone readable by all users
	 * @param secret never shown in general search
	 */
	public record IndexedReaders(Set<String> usernames, Set<String> units, boolean everyone, boolean secret) {
	}

}
