package vn.vanthu.document;

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
