package vn.vanthu.search;

/**
 * One search: the box's text and the facet filters.
 *
 * @param q the text typed (a document number in any spelling, or words with or without
 * diacritics); blank lists everything readable
 * @param kind a kind label filter ("Quyết định"), or {@code null}
 * @param issuer an issuer filter (as in the facet), or {@code null}
 * @param year a year filter, or {@code null}
 * @param page the page, from 0
 * @param size hits per page (1–100)
 */
public record SearchQuery(String q, String kind, String issuer, Integer year, int page, int size) {

	public SearchQuery {
		page = Math.max(0, page);
		size = Math.max(1, Math.min(100, size == 0 ? 20 : size));
	}

	public static SearchQuery of(String q) {
		return new SearchQuery(q, null, null, null, 0, 20);
	}

}
