package vn.vanthu.document;

import java.time.Instant;
import java.time.LocalDate;

import vn.vanthu.directory.UnitCode;

/**
 * A document of the library with its metadata.
 *
 * @param id the identity
 * @param number the number as displayed ("673/QĐ-UBND"), or {@code null} when it has none
 * (drafts, unreadable files)
 * @param numberKey the folded matching key of the number ("673/QD-UBND"), or {@code null}
 * @param kind the kind's label ("Quyết định", "Công văn"), or {@code null}
 * @param issuerUnit the issuing unit when it is one of ours, or {@code null}
 * @param issuer the issuer as written ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"), or
 * {@code null}
 * @param issuedOn the date of issue, or {@code null}
 * @param year the year of issue (also known when only the year is), or {@code null}
 * @param subject the trích yếu, or {@code null}
 * @param origin drafted, received or imported
 * @param status draft, issued, received or withdrawn
 * @param access who may read it (see {@link DocumentAccess})
 * @param currentVersion the current version number, 0 when it has no file
 * @param extraction whether its text could be read
 * @param revision increases with every change; the search index keeps the highest
 * @param createdBy who created it, or {@code null}
 * @param createdAt when it was created
 */
public record Document(DocumentId id, String number, String numberKey, String kind, UnitCode issuerUnit, String issuer,
		LocalDate issuedOn, Integer year, String subject, DocumentOrigin origin, DocumentStatus status,
		DocumentAccessRule access, int currentVersion, Extraction extraction, long revision, String createdBy,
		Instant createdAt) {

	/** A short title for lists: number and subject, or kind, or the id. */
	public String title() {
		String head = this.number != null ? this.number : (this.kind != null ? this.kind : "Văn bản #" + this.id);
		return this.subject == null ? head : head + " — " + this.subject;
	}

}
