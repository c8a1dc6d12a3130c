package vn.vanthu.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A document as the API and pages show it: metadata, versions, citations (each resolved
 * or not), documents citing it, and assignments.
 */
public record DocumentView(long id, String number, String kind, String issuer, String issuerUnit, LocalDate issuedOn,
		Integer year, String subject, String origin, String status, boolean isPublic, String secrecy,
		int currentVersion, String extraction, String extractionLabel, String extractionReason, List<Version> versions,
		List<Cited> citations, List<Citing> citedBy, List<DocumentAssignment> assignments) {

	/** A version: number, file name, SHA-256, size, type. */
	public record Version(int number, String fileName, String sha256, long size, String contentType) {
	}

	/** A citation with {@code resolvedId} (or null) and the candidates when ambiguous. */
	public record Cited(String text, String number, String kind, LocalDate date, String issuer, Long resolvedId,
			List<Long> candidates, int start, int end) {
	}

	/** A document citing this one. */
	public record Citing(long id, String number, String kind, String issuer, LocalDate issuedOn, String subject) {
	}

	/**
	 * The full view of a document for a reader who may open it (several queries): the
	 * citations and citing documents it names are only those the reader may open too.
	 */
	public static DocumentView of(Document d, Documents documents, Reader reader) {
		return new DocumentView(d.id().value(), d.number(), d.kind(), d.issuer(),
				d.issuerUnit() == null ? null : d.issuerUnit().value(), d.issuedOn(), d.year(), d.subject(),
				d.origin().name(), d.status().name(), d.access().readableByAll(),
				d.access().secrecy() == null ? null : d.access().secrecy().label(), d.currentVersion(),
				d.extraction().status().name(), d.extraction().status().label(), d.extraction().reason(),
				documents.versions(d.id())
					.stream()
					.map((v) -> new Version(v.number(), v.fileName(), v.file().sha256(), v.file().size(),
							v.file().contentType()))
					.toList(),
				documents.citations(d.id(), reader)
					.stream()
					.map((c) -> new Cited(c.text(), c.number(), c.kind(), c.date(), c.issuer(),
							c.resolvedId() == null ? null : c.resolvedId().value(),
							c.candidates().stream().map(DocumentId::value).toList(), c.start(), c.end()))
					.toList(),
				documents.citedBy(d.id(), reader)
					.stream()
					.map((c) -> new Citing(c.id().value(), c.number(), c.kind(), c.issuer(), c.issuedOn(), c.subject()))
					.toList(),
				documents.assignments(d.id()));
	}

}
