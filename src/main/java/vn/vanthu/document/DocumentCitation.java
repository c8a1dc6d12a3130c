package vn.vanthu.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A citation found in a document's text, with its resolution in the library.
 *
 * @param text the citation as written
 * @param number the cited number (canonical)
 * @param numberKey its folded key
 * @param kind the cited kind's label, or {@code null}
 * @param date the cited date when given
 * @param issuer the cited issuer when given ("Bộ Nội vụ")
 * @param start offset in the document text
 * @param end offset after it
 * @param resolvedId the cited document when exactly one matches, else {@code null}
 * @param candidates the matching documents when several match (ambiguous), else empty
 */
public record DocumentCitation(String text, String number, String numberKey, String kind, LocalDate date, String issuer,
		int start, int end, DocumentId resolvedId, List<DocumentId> candidates) {

	public DocumentCitation {
		candidates = List.copyOf(candidates == null ? List.of() : candidates);
	}

	/**
	 * This citation as seen by someone who may open only the documents in {@code open}:
	 * resolution and candidates they may not open are dropped.
	 */
	public DocumentCitation seenBy(java.util.Set<DocumentId> open) {
		DocumentId resolved = this.resolvedId != null && open.contains(this.resolvedId) ? this.resolvedId : null;
		List<DocumentId> seen = this.candidates.stream().filter(open::contains).toList();
		return new DocumentCitation(this.text, this.number, this.numberKey, this.kind, this.date, this.issuer,
				this.start, this.end, resolved, seen);
	}

	public boolean isResolved() {
		return this.resolvedId != null;
	}

	public boolean isAmbiguous() {
		return this.resolvedId == null && this.candidates.size() > 1;
	}

}
