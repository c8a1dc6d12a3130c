package vn.vanthu.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Service;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.NumberForm;
import vn.vanthu.document.Reader;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.VietnameseText;

/**
 * The search box. A query that reads as a document number ("673/QD - UBND", "Số:
 * 673/QĐ-UBND") matches the number key first, then the documents citing it; other queries
 * match the folded copies of subject, body and issuer (so typing without diacritics
 * works) and rank matches of the exact words, phrases and adjacent syllables higher.
 * Access is a filter inside the query: hits, totals and facets only ever count documents
 * the reader may read, and secret documents never appear.
 */
@Service
public class DocumentSearch {

	static final String[] FACETS = { "kind", "issuer", "year" };

	private final ElasticsearchClient client;

	private final SearchIndex index;

	private final SearchSettings settings;

	DocumentSearch(ElasticsearchClient client, SearchIndex index, SearchSettings settings) {
		this.client = client;
		this.index = index;
		this.settings = settings;
	}

	/**
	 * One page of hits.
	 * @throws Problem (400, {@code search-window}) for a page beyond
	 * {@link SearchSettings#maxResultWindow()}, which Elasticsearch would refuse
	 */
	public SearchResult search(SearchQuery query, Reader reader) throws IOException {
		long deepest = (long) (query.page() + 1) * query.size();
		if (deepest > this.settings.maxResultWindow()) {
			throw Problem
				.badRequest("search-window",
						"Tra cứu chỉ trả về " + this.settings.maxResultWindow()
								+ " kết quả đầu tiên (index.max_result_window): hãy thu hẹp câu tìm hoặc lọc theo loại,"
								+ " cơ quan ban hành, năm.")
				.with("maxResultWindow", this.settings.maxResultWindow());
		}
		this.index.ensure();
		SearchRequest request = request(query, reader);
		@SuppressWarnings("rawtypes")
		SearchResponse<Map> response = this.client.search(request, Map.class);
		return result(response, NumberForm.looksLikeNumber(query.q()));
	}

	/** The request sent to Elasticsearch (also used by the benchmark's raw baseline). */
	public SearchRequest request(SearchQuery query, Reader reader) {
		String q = query.q() == null ? "" : VietnameseText.nfc(query.q()).strip();
		BoolQuery.Builder bool = new BoolQuery.Builder();
		List<FieldValue> units = reader.units().stream().map(UnitCode::value).map(FieldValue::of).toList();
		bool.filter((f) -> f.bool((a) -> {
			a.should((s) -> s.term((t) -> t.field("everyone").value(true)));
			a.should((s) -> s.term((t) -> t.field("readers").value(reader.username())));
			if (!units.isEmpty()) {
				a.should((s) -> s.terms((t) -> t.field("units").terms((v) -> v.value(units))));
			}
			return a.minimumShouldMatch("1");
		}));
		bool.mustNot((m) -> m.term((t) -> t.field("secret").value(true)));
		if (query.kind() != null && !query.kind().isBlank()) {
			bool.filter((f) -> f.term((t) -> t.field("kind").value(VietnameseText.nfc(query.kind()).strip())));
		}
		if (query.issuer() != null && !query.issuer().isBlank()) {
			bool.filter((f) -> f.term((t) -> t.field("issuer").value(VietnameseText.nfc(query.issuer()).strip())));
		}
		if (query.year() != null) {
			bool.filter((f) -> f.term((t) -> t.field("year").value(query.year())));
		}
		boolean sortByDate = q.isEmpty();
		if (NumberForm.looksLikeNumber(q)) {
			String key = NumberForm.of(q).orElseThrow().key();
			bool.must((m) -> m.bool((b) -> b.should((s) -> s.term((t) -> t.field("number_key").value(key).boost(100f)))
				.should((s) -> s.term((t) -> t.field("cited_keys").value(key).boost(5f)))
				.minimumShouldMatch("1")));
		}
		else if (!q.isEmpty()) {
			String folded = Folding.fold(q).toLowerCase(Locale.ROOT);
			bool.must((m) -> m.combinedFields((c) -> c.query(folded)
				.fields("subject_folded^2", "body_folded", "issuer_folded")
				.operator(co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsOperator.Or)
				.minimumShouldMatch("2<80%")));
			bool.should((s) -> s.match((t) -> t.field("subject").query(q).boost(3f)));
			bool.should((s) -> s.match((t) -> t.field("body").query(q).boost(1.5f)));
			bool.should((s) -> s.matchPhrase((t) -> t.field("body").query(q).slop(1).boost(2f)));
			bool.should((s) -> s.match((t) -> t.field("body_folded.pairs").query(folded).boost(0.5f)));
		}
		Query built = new Query(bool.build());
		return SearchRequest.of((s) -> {
			s.index(this.settings.readAlias())
				.query(built)
				.from(query.page() * query.size())
				.size(query.size())
				.trackTotalHits((t) -> t.enabled(true))
				.source((src) -> src
					.filter((f) -> f.includes("id", "number", "kind", "issuer", "issued_on", "subject")))
				.aggregations("kind", (a) -> a.terms((t) -> t.field("kind").size(30)))
				.aggregations("issuer", (a) -> a.terms((t) -> t.field("issuer").size(30)))
				.aggregations("year", (a) -> a.terms((t) -> t.field("year").size(30)));
			if (sortByDate) {
				s.sort((o) -> o.field((f) -> f.field("issued_on").order(SortOrder.Desc).missing("_last")));
				s.sort((o) -> o.field((f) -> f.field("id").order(SortOrder.Desc)));
			}
			else if (!NumberForm.looksLikeNumber(q)) {
				s.highlight((h) -> h.encoder(co.elastic.clients.elasticsearch.core.search.HighlighterEncoder.Html)
					.preTags("<mark>")
					.postTags("</mark>")
					.fields("subject",
							(f) -> f.type("unified").matchedFields("subject", "subject_folded").numberOfFragments(0))
					.fields("body",
							(f) -> f.type("unified")
								.matchedFields("body", "body_folded")
								.fragmentSize(160)
								.numberOfFragments(3)
								.noMatchSize(0)));
			}
			return s;
		});
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private SearchResult result(SearchResponse<Map> response, boolean numberQuery) {
		List<SearchResult.Hit> hits = new ArrayList<>();
		for (Hit<Map> hit : response.hits().hits()) {
			Map<String, Object> src = hit.source();
			List<String> highlights = new ArrayList<>();
			highlights.addAll(hit.highlight().getOrDefault("subject", List.of()));
			highlights.addAll(hit.highlight().getOrDefault("body", List.of()));
			Object issued = src.get("issued_on");
			hits.add(new SearchResult.Hit(((Number) src.get("id")).longValue(), (String) src.get("number"),
					(String) src.get("kind"), (String) src.get("issuer"),
					issued == null ? null : LocalDate.parse(issued.toString()), (String) src.get("subject"),
					highlights));
		}
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		for (String name : FACETS) {
			Map<String, Long> counts = new LinkedHashMap<>();
			Aggregate agg = response.aggregations().get(name);
			if (agg != null && agg.isSterms()) {
				agg.sterms().buckets().array().forEach((b) -> counts.put(b.key().stringValue(), b.docCount()));
			}
			else if (agg != null && agg.isLterms()) {
				agg.lterms().buckets().array().forEach((b) -> counts.put(Long.toString(b.key()), b.docCount()));
			}
			facets.put(name, counts);
		}
		long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
		return new SearchResult(total, hits, facets, numberQuery);
	}

}
