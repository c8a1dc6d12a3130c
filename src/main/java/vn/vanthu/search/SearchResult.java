package vn.vanthu.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A page of hits with facets, all limited to what the reader may read.
 *
 * @param total the number of readable matches
 * @param hits this page's hits, best first
 * @param facets counts per kind, issuer and year (keys "kind", "issuer", "year")
 * @param numberQuery whether the query was read as a document number
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Long>> facets, boolean numberQuery) {

	/**
	 * One hit.
	 *
	 * @param id the document id
	 * @param number its number
	 * @param kind its kind label
	 * @param issuer its issuer
	 * @param issuedOn its date
	 * @param subject its subject
	 * @param highlights snippets with matches in {@code <mark>} (the rest HTML-escaped)
	 */
	public record Hit(long id, String number, String kind, String issuer, LocalDate issuedOn, String subject,
			List<String> highlights) {
	}

}
