package vn.vanthu.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.search.LibraryFixtures.document;
import static vn.vanthu.search.LibraryFixtures.get;
import static vn.vanthu.search.LibraryFixtures.hitIds;
import static vn.vanthu.search.LibraryFixtures.hits;
import static vn.vanthu.search.LibraryFixtures.id;
import static vn.vanthu.search.LibraryFixtures.uploadText;

/** Upload, number search in all spellings, folded search, ranking, facets, access. */
@VanthuIntegrationTest
class SearchIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	SearchIndexer indexer;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void numberSearchFindsEverySpellingAndTheSameFileIsOneDocument() {
		int n = LibraryFixtures.uniqueNumber();
		String text = document("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", n + "/QĐ-UBND", LocalDate.of(2023, 7, 17),
				"QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch cải cách hành chính năm 2023",
				"Giao Sở Nội vụ chủ trì; hoàn thành trước ngày 30/8/2023.\n");
		ResponseEntity<Map<String, Object>> first = uploadText(this.rest, "chuyenvien", text, true);
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(first.getBody()).containsEntry("number", n + "/QĐ-UBND")
			.containsEntry("kind", "Quyết định")
			.containsEntry("extraction", "EXTRACTED");
		assertThat((List<?>) first.getBody().get("assignments")).hasSize(1);
		ResponseEntity<Map<String, Object>> again = uploadText(this.rest, "vanthu", text, false);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(id(again)).isEqualTo(id(first));
		this.indexer.drain();
		for (String spelling : List.of(n + "/QĐ-UBND", n + "/QD-UBND", "Số: " + n + "/QĐ - UBND", n + "/qđ-ubnd",
				"0" + n + "/QD-UBND")) {
			Map<String, Object> result = get(this.rest, "truongban1", "/api/search?q={q}".replace("{q}", spelling));
			assertThat(hitIds(result)).as(spelling).first().isEqualTo(id(first));
			assertThat(result).containsEntry("numberQuery", true);
		}
		assertThat(LibraryFixtures.list(this.rest, "truongban1", "/api/documents?number=" + n + "/QD - UBND"))
			.extracting((d) -> ((Number) d.get("id")).longValue())
			.containsExactly(id(first));
	}

	@Test
	void foldedSearchFindsDiacriticsAndRanksExactWordsHigher() {
		String marker = "mk" + LibraryFixtures.uniqueNumber();
		long road = id(uploadText(this.rest, "chuyenvien",
				document("ỦY BAN NHÂN DÂN\nXÃ BA TIÊU", LibraryFixtures.uniqueNumber() + "/KH-UBND",
						LocalDate.of(2024, 3, 2), "KẾ HOẠCH", "Về nâng cấp đường " + marker,
						"Nâng cấp tuyến đường liên thôn " + marker + ".\n"),
				true));
		long care = id(uploadText(this.rest, "chuyenvien",
				document("ỦY BAN NHÂN DÂN\nXÃ BA TIÊU", LibraryFixtures.uniqueNumber() + "/TB-UBND",
						LocalDate.of(2024, 3, 5), "THÔNG BÁO", "Về chăm sóc, bồi dưỡng " + marker,
						"Tổ chức nghỉ dưỡng cho người cao tuổi " + marker + ".\n"),
				true));
		this.indexer.drain();
		Map<String, Object> exact = get(this.rest, "truongban2", "/api/search?q=đường " + marker);
		assertThat(hitIds(exact)).containsExactly(road, care);
		Map<String, Object> folded = get(this.rest, "truongban2", "/api/search?q=duong " + marker);
		assertThat(hitIds(folded)).containsExactlyInAnyOrder(road, care);
		Map<String, Object> dưỡng = get(this.rest, "truongban2", "/api/search?q=dưỡng " + marker);
		assertThat(hitIds(dưỡng)).first().isEqualTo(care);
		// matches of the folded words are marked in the original text, diacritics kept
		assertThat(hits(folded).stream().map((h) -> h.get("highlights").toString()).toList())
			.anySatisfy((h) -> assertThat(h).contains("<mark>đường</mark>"))
			.anySatisfy((h) -> assertThat(h).contains("<mark>dưỡng</mark>"));
		assertThat(hits(exact).get(0).get("highlights").toString()).contains("<mark>đường</mark>");
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Number>> facets = (Map<String, Map<String, Number>>) exact.get("facets");
		assertThat(facets.get("kind")).containsKeys("Kế hoạch", "Thông báo");
		assertThat(facets.get("year").get("2024").intValue()).isEqualTo(2);
		Map<String, Object> filtered = get(this.rest, "truongban2", "/api/search?q=duong " + marker + "&kind=Kế hoạch");
		assertThat(hitIds(filtered)).containsExactly(road);
		assertThat(((Number) filtered.get("total")).intValue()).isEqualTo(1);
	}

	@Test
	void usersNeverSeeHitsCountsOrFacetsOfDocumentsTheyMayNotRead() {
		String marker = "ac" + LibraryFixtures.uniqueNumber();
		// uploaded by chuyenvien, not public: readable by XA-BATIEU-VP members and the
		// uploader
		long internal = id(uploadText(this.rest, "chuyenvien",
				document("ỦY BAN NHÂN DÂN\nXÃ BA TIÊU", LibraryFixtures.uniqueNumber() + "/BC-UBND",
						LocalDate.of(2024, 5, 2), "BÁO CÁO", "Báo cáo nội bộ " + marker, "Nội dung " + marker + ".\n"),
				false));
		long secret = id(uploadText(this.rest, "chuyenvien",
				"MẬT\n" + document("ỦY BAN NHÂN DÂN\nXÃ BA TIÊU", LibraryFixtures.uniqueNumber() + "/BC-UBND",
						LocalDate.of(2024, 5, 3), "BÁO CÁO", "Báo cáo mật " + marker, "Nội dung " + marker + ".\n"),
				true));
		this.indexer.drain();
		// same unit: sees the internal one, never the secret one
		Map<String, Object> colleague = get(this.rest, "vanthu", "/api/search?q=" + marker);
		assertThat(hitIds(colleague)).contains(internal).doesNotContain(secret);
		// other unit: nothing, not even a count or a facet
		Map<String, Object> outsider = get(this.rest, "truongban1", "/api/search?q=" + marker);
		assertThat(hitIds(outsider)).isEmpty();
		assertThat(((Number) outsider.get("total")).intValue()).isZero();
		assertThat(outsider.get("facets").toString()).doesNotContain("Báo cáo");
		// and the document itself answers 404 to the outsider
		ResponseEntity<String> denied = this.rest.withBasicAuth("truongban1", "demo")
			.getForEntity("/api/documents/" + internal, String.class);
		assertThat(denied.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(denied.getBody()).contains("urn:vanthu:problem:document-not-found");
		assertThat(this.rest.withBasicAuth("vanthu", "demo")
			.getForEntity("/api/documents/" + internal, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		// the secret document: its uploader still reads it directly, but not in search
		assertThat(hitIds(get(this.rest, "chuyenvien", "/api/search?q=" + marker))).doesNotContain(secret);
		assertThat(get(this.rest, "chuyenvien", "/api/documents/" + secret)).containsEntry("secrecy", "Mật");
		assertThat(this.rest.getForEntity("/api/search?q=" + marker, String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void citationsResolveWhicheverDocumentArrivesFirst() {
		int cited = LibraryFixtures.uniqueNumber();
		int other = LibraryFixtures.uniqueNumber();
		String citing = document("SỞ XÂY DỰNG", LibraryFixtures.uniqueNumber() + "/TB-SXD", LocalDate.of(2024, 2, 1),
				"THÔNG BÁO", "Về triển khai thực hiện",
				"Thực hiện Quyết định số " + cited + "/QĐ-UBND ngày 17/7/2023 của Chủ tịch UBND tỉnh và Công văn số "
						+ other + "/UBND-TTHC ngày 10/12/2023 của UBND tỉnh.\n");
		long citingId = id(uploadText(this.rest, "chuyenvien", citing, true));
		Map<String, Object> before = get(this.rest, "chuyenvien", "/api/documents/" + citingId);
		assertThat(before.get("citations").toString()).contains(cited + "/QĐ-UBND", other + "/UBND-TTHC");
		assertThat(before.get("citations").toString()).contains("resolvedId=null");
		// the cited decision arrives later, plus a same-number decision of another year
		long decision = id(
				uploadText(this.rest, "chuyenvien", document("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", cited + "/QĐ-UBND",
						LocalDate.of(2023, 7, 17), "QUYẾT ĐỊNH", "Về việc phê duyệt", "Nội dung.\n"), true));
		uploadText(this.rest, "chuyenvien", document("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", cited + "/QĐ-UBND",
				LocalDate.of(2022, 3, 1), "QUYẾT ĐỊNH", "Về việc khác năm 2022", "Nội dung khác.\n"), true);
		Map<String, Object> after = get(this.rest, "chuyenvien", "/api/documents/" + citingId);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> citations = (List<Map<String, Object>>) after.get("citations");
		Map<String, Object> toDecision = citations.stream()
			.filter((c) -> c.get("number").equals(cited + "/QĐ-UBND"))
			.findFirst()
			.orElseThrow();
		assertThat(((Number) toDecision.get("resolvedId")).longValue()).isEqualTo(decision);
		assertThat(citations.stream()
			.filter((c) -> c.get("number").equals(other + "/UBND-TTHC"))
			.findFirst()
			.orElseThrow()
			.get("resolvedId")).isNull();
		Map<String, Object> decisionView = get(this.rest, "chuyenvien", "/api/documents/" + decision);
		assertThat(decisionView.get("citedBy").toString()).contains("id=" + citingId);
		// other order: the cited document exists before the citing one
		long citing2 = id(uploadText(this.rest, "chuyenvien",
				document("SỞ NỘI VỤ", LibraryFixtures.uniqueNumber() + "/KH-SNV", LocalDate.of(2024, 3, 1), "KẾ HOẠCH",
						"Về kế hoạch", "Căn cứ Quyết định số " + cited + "/QD-UBND ngày 17/7/2023.\n"),
				true));
		assertThat(get(this.rest, "chuyenvien", "/api/documents/" + citing2).get("citations").toString())
			.contains("resolvedId=" + decision);
		// a search for the cited number lists the decision first, then documents citing
		// it
		this.indexer.drain();
		List<Long> ids = hitIds(get(this.rest, "chuyenvien", "/api/search?q=" + cited + "/QD-UBND&size=50"));
		assertThat(ids).contains(citingId, citing2);
		assertThat(ids.indexOf(decision)).isLessThan(ids.indexOf(citingId));
	}

	@Test
	void badRequestsGiveProblemDetails() {
		ResponseEntity<String> noFile = this.rest.withBasicAuth("chuyenvien", "demo")
			.postForEntity("/api/documents",
					new org.springframework.http.HttpEntity<>(
							new org.springframework.util.LinkedMultiValueMap<String, Object>(), multipart()),
					String.class);
		assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noFile.getBody()).contains("urn:vanthu:problem:file-missing");
		ResponseEntity<String> paging = this.rest.withBasicAuth("chuyenvien", "demo")
			.getForEntity("/api/search?q=x&size=1000", String.class);
		assertThat(paging.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.rest.withBasicAuth("chuyenvien", "demo")
			.getForEntity("/api/documents/999999999", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void pagingBeyondWhatSearchServesIsAProblemNamingTheLimit() throws Exception {
		ResponseEntity<Map<String, Object>> deep = this.rest.withBasicAuth("chuyenvien", "demo")
			.exchange("/api/search?page=600&size=100", org.springframework.http.HttpMethod.GET, null,
					new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
					});
		assertThat(deep.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(deep.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(deep.getBody()).containsEntry("type", "urn:vanthu:problem:search-window")
			.containsEntry("maxResultWindow", 10000);
		assertThat((String) deep.getBody().get("detail")).contains("10000");
		// the last page within the window is served
		assertThat(this.rest.withBasicAuth("chuyenvien", "demo")
			.getForEntity("/api/search?page=99&size=100", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.rest.withBasicAuth("chuyenvien", "demo")
			.getForEntity("/api/search?page=100&size=100", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		// the page says it too
		assertThat(vn.vanthu.WebSession.login(this.port, "chuyenvien", "demo").get("/search?q=x&page=600").body())
			.contains("10000");
	}

	private static org.springframework.http.HttpHeaders multipart() {
		org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
		headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
		return headers;
	}

}
