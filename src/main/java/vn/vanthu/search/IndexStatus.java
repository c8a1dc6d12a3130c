package vn.vanthu.search;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The search index as the administrator sees it ({@code GET /api/admin/index}, the search
 * administration page).
 *
 * @param library documents in the library
 * @param indexed documents searchable now, or {@code null} when Elasticsearch cannot be
 * reached
 * @param pending documents with a change waiting for the index
 * @param failed documents set aside: the index refused them for a reason of their own
 * @param waitingSince when the oldest waiting change was made, or {@code null}
 * @param largestBulkRequestBytes the largest bulk request sent since start
 * @param setAside the documents set aside (the first 100), oldest first
 * @param error why Elasticsearch could not be asked, or {@code null}
 */
public record IndexStatus(long library, Long indexed, long pending, long failed, OffsetDateTime waitingSince,
		long largestBulkRequestBytes, List<SetAside> setAside, String error) {

	/**
	 * A document set aside.
	 *
	 * @param id the document id
	 * @param number its number, or {@code null}
	 * @param revision the revision the index refused
	 * @param reason what the index said
	 * @param since when it was set aside
	 */
	public record SetAside(long id, String number, long revision, String reason, OffsetDateTime since) {
	}

}
