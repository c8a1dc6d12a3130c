package vn.vanthu;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import vn.vanthu.document.DocumentAccess;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.Documents;
import vn.vanthu.ingest.bench.GenreDocuments;
import vn.vanthu.search.SearchIndexer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canary (issue 15): a secret plan of truongban3 (the only member of her unit) and a
 * private draft of hers, each with a unique marker in number, subject and text; the plan
 * cites a public decision and is cited by a public report, has a follow-up task of its
 * own, and is given as evidence on a public directive's task that truongban1's unit
 * assigned. Then every other demo user, the administrator included, crawls every page
 * reachable from the menu and the canary's neighbours and every GET operation of
 * {@code /v3/api-docs}: neither the markers nor the canary's ids may appear in any
 * answer.
 *
 * <p>
 * The administrator is crawled like everyone on Vanthu's pages and API (being an
 * administrator gives no document to read); the engine's own REST API and web apps
 * ({@code /engine-rest}, {@code /camunda}) are left out: they are the engine operator's
 * tools, reserved to administrators, and show raw process data by design.
 */
@VanthuIntegrationTest
class AccessCanaryTests {

	static final List<String> OTHERS = List.of("admin", "chuyenvien", "vanthu", "chanhvanphong", "phochutich",
			"chutich", "truongban1", "truongban2");

	static final String OWNER = "truongban3";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	DocumentAccess access;

	@Autowired
	Documents documents;

	@LocalServerPort
	int port;

	@Test
	void noOtherUserLearnsOfTheSecretDocumentOrThePrivateDraftOnAnyPageOrApi() {
		String marker = "Đ" + letters(9);
		String draftMarker = "Ư" + letters(9);
		String folded = "D" + marker.substring(1);
		int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
		LocalDate day = LocalDate.of(2025, 3, 14);
		String decisionNumber = n + "/QĐ-UBND";
		long decision = upload("truongban1", "qd-" + n + ".txt", GenreDocuments.render("ỦY BAN NHÂN DÂN\nXÃ BA TIÊU",
				decisionNumber, day, "QUYẾT ĐỊNH", "Về việc phòng, chống thiên tai năm 2025",
				"Điều 1. Ban hành quy chế phòng, chống thiên tai.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\n"),
				true);
		String secretNumber = (n + 1) + "/KH-" + marker;
		long secret = upload(OWNER, "kh-" + n + ".txt",
				"MẬT\n" + GenreDocuments.render("ỦY BAN NHÂN DÂN\nXÃ BA TIÊU", secretNumber, day.plusDays(3),
						"KẾ HOẠCH", "Về việc bảo vệ mục tiêu " + marker,
						"Căn cứ Quyết định số " + decisionNumber + " ngày 14/3/2025 của Ủy ban nhân dân xã Ba Tiêu;\n"
								+ "Mục tiêu " + marker + " được canh gác suốt ngày đêm.\n"),
				false);
		// the public report cites the plan by its number written without diacritics: the
		// number key is the same, the marker is not in the report
		long report = upload("truongban1", "bc-" + n + ".txt",
				GenreDocuments.render("ỦY BAN NHÂN DÂN\nXÃ BA TIÊU", (n + 2) + "/BC-UBND", day.plusDays(10), "BÁO CÁO",
						"Kết quả phòng, chống thiên tai quý I",
						"Thực hiện Kế hoạch số " + (n + 1) + "/KH-" + folded
								+ " ngày 17/3/2025 của Ủy ban nhân dân xã Ba Tiêu," + " tình hình được giữ ổn định.\n"),
				true);
		Map<String, Object> asOwner = json(OWNER, "/api/documents/" + secret);
		assertThat(asOwner.get("secrecy")).isEqualTo("Mật");
		assertThat(asOwner.get("number")).isEqualTo(secretNumber);
		assertThat(json(OWNER, "/api/documents/" + decision).toString()).contains(marker);
		assertThat(json(OWNER, "/api/documents/" + report).toString()).contains("resolvedId=" + secret);

		long draft = draft(draftMarker);
		long secretTask = confirm(OWNER, secret, "XA-BATIEU-HPN", "XA-BATIEU-HPN", "Canh gác mục tiêu " + marker);
		long publicTask = confirm("truongban1", decision, "XA-BATIEU-MTTQ", "XA-BATIEU-HPN",
				"Rà soát phương án phòng, chống thiên tai " + n);
		ResponseEntity<String> progress = this.rest.withBasicAuth(OWNER, "demo")
			.postForEntity("/api/followup/tasks/" + publicTask + "/progress",
					Map.of("text", "Đã rà soát " + n, "documentIds", List.of(secret)), String.class);
		assertThat(progress.getStatusCode()).isEqualTo(HttpStatus.OK);
		this.indexer.drain();

		for (String other : OTHERS) {
			assertThat(this.access.canRead(this.documents.get(new DocumentId(secret)), this.access.readerOf(other)))
				.as("the canary must be unreadable by " + other)
				.isFalse();
		}
		CanaryCrawl.Canary canary = new CanaryCrawl.Canary(
				List.of(marker, draftMarker, secretNumber, "mục tiêu " + marker, "Dự thảo kế hoạch " + draftMarker),
				List.of(secret), List.of(draft), List.of(secretTask),
				List.of(secret, draft, secretTask, decision, report, publicTask), List.of(marker, secretNumber));
		List<String> seeds = List.of("/", "/tasks", "/documents", "/documents/" + decision, "/documents/" + report,
				"/documents/" + secret, "/search", "/search?q=" + enc(marker), "/search?q=" + enc(secretNumber),
				"/search?q=" + enc((n + 1) + "/KH-" + folded), "/search?q=" + enc("mục tiêu " + folded), "/drafts",
				"/drafts/" + draft, "/followup", "/followup/tasks", "/followup/print", "/followup/report.xlsx",
				"/followup/tasks/" + publicTask, "/followup/tasks/" + secretTask, "/followup?document=" + secret,
				"/followup/documents/" + secret + "/confirm", "/followup/confirm?number=" + enc(secretNumber),
				"/notifications", "/registers/outgoing", "/registers/incoming", "/dispatches", "/admin",
				"/admin/search", "/admin/approval-chains", "/admin/delegations");
		String apiDocs = this.rest.withBasicAuth("admin", "demo").getForObject("/v3/api-docs", String.class);
		assertThat(apiDocs).contains("/api/documents/{id}").contains("/api/drafts/{id}");
		List<String> leaks = new ArrayList<>();
		int requests = 0;
		for (String other : OTHERS) {
			CanaryCrawl crawl = new CanaryCrawl(WebSession.login(this.port, other, "demo"), other, canary, 100);
			leaks.addAll(crawl.run(seeds, apiDocs));
			requests += crawl.requests();
		}
		assertThat(requests).as("requests made").isGreaterThan(OTHERS.size() * 80);
		assertThat(leaks).isEmpty();

		// the owner's own crawl finds the canary where it belongs: the crawl can see it
		List<String> own = new CanaryCrawl(WebSession.login(this.port, OWNER, "demo"), OWNER, canary, 40)
			.run(List.of("/documents/" + decision, "/documents/" + report, "/drafts"), "{}");
		assertThat(own).anyMatch((l) -> l.contains("/documents/" + decision) && l.contains(marker))
			.anyMatch((l) -> l.contains("/documents/" + report) && l.contains("id " + secret))
			.anyMatch((l) -> l.contains("GET /drafts:") && l.contains(draftMarker));
	}

	@Test
	void anUploadOfBytesSomeoneElseMayNotOpenBecomesTheUploadersOwnDocument() {
		String marker = "Đ" + letters(9);
		int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
		String text = "MẬT\n"
				+ GenreDocuments.render("ỦY BAN NHÂN DÂN\nXÃ BA TIÊU", n + "/KH-" + marker, LocalDate.of(2025, 5, 2),
						"KẾ HOẠCH", "Về việc bảo vệ kho " + marker, "Kho " + marker + " được khóa.\n");
		ResponseEntity<Map<String, Object>> first = uploadAnswer("chuyenvien", text, false);
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long secret = ((Number) first.getBody().get("id")).longValue();
		// the same bytes by someone who may not open the first: a document of their own
		ResponseEntity<Map<String, Object>> copy = uploadAnswer("truongban2", text, false);
		assertThat(copy.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long own = ((Number) copy.getBody().get("id")).longValue();
		assertThat(own).isNotEqualTo(secret);
		assertThat(copy.getBody().toString()).doesNotContain("=" + secret + ",").doesNotContain("=" + secret + "}");
		assertThat(json("truongban2", "/api/documents/" + own).get("number")).isEqualTo(n + "/KH-" + marker);
		// again: their own document now, as for anyone's second upload
		ResponseEntity<Map<String, Object>> again = uploadAnswer("truongban2", text, false);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(((Number) again.getBody().get("id")).longValue()).isEqualTo(own);
		// the first uploader's colleague may open the first: it is answered
		ResponseEntity<Map<String, Object>> colleague = uploadAnswer("vanthu", text, false);
		assertThat(colleague.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(((Number) colleague.getBody().get("id")).longValue()).isEqualTo(secret);
		// and the owner of the copy cannot open the first one
		assertThat(this.rest.withBasicAuth("truongban2", "demo")
			.getForEntity("/api/documents/" + secret, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		// a private (not secret) document of someone else: the same
		String plain = GenreDocuments.render("ỦY BAN NHÂN DÂN\nXÃ BA TIÊU", (n + 1) + "/TB-UBND",
				LocalDate.of(2025, 5, 3), "THÔNG BÁO", "Về lịch họp " + marker, "Họp lúc 8 giờ.\n");
		long privateOne = ((Number) uploadAnswer("truongban1", plain, false).getBody().get("id")).longValue();
		ResponseEntity<Map<String, Object>> other = uploadAnswer("truongban3", plain, false);
		assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(((Number) other.getBody().get("id")).longValue()).isNotEqualTo(privateOne);
	}

	@Test
	void aSecretPlanCitingAPublicDecisionIsNotListedAsCitingItForThoseWhoMayNotOpenThePlan() {
		int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
		String decisionNumber = n + "/QĐ-UBND";
		long decision = upload("truongban1", "qd-" + n + ".txt",
				GenreDocuments.render("ỦY BAN NHÂN DÂN\nXÃ BA TIÊU", decisionNumber, LocalDate.of(2025, 4, 1),
						"QUYẾT ĐỊNH", "Về việc thành lập tổ công tác " + n, "Điều 1. Thành lập tổ công tác.\n"),
				true);
		String planNumber = (n + 1) + "/KH-UBND";
		long plan = upload("chuyenvien", "kh-" + n + ".txt",
				"MẬT\n" + GenreDocuments.render("ỦY BAN NHÂN DÂN\nXÃ BA TIÊU", planNumber, LocalDate.of(2025, 4, 5),
						"KẾ HOẠCH", "Về việc triển khai tổ công tác " + n,
						"Căn cứ Quyết định số " + decisionNumber + " ngày 01/4/2025 của Ủy ban nhân dân xã Ba Tiêu;\n"),
				false);
		// the drafter's unit sees the plan citing the decision
		assertThat(json("vanthu", "/api/documents/" + decision).get("citedBy").toString()).contains(planNumber);
		// truongban2 may not open the plan: the decision shows no trace of it
		Map<String, Object> seen = json("truongban2", "/api/documents/" + decision);
		assertThat(seen.get("citedBy")).isEqualTo(List.of());
		assertThat(this.rest.withBasicAuth("truongban2", "demo")
			.getForEntity("/api/documents/" + plan, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		String page = WebSession.login(this.port, "truongban2", "demo").get("/documents/" + decision).body();
		assertThat(page).contains(decisionNumber)
			.doesNotContain(planNumber)
			.doesNotContain("/documents/" + plan + "\"");
	}

	private ResponseEntity<Map<String, Object>> uploadAnswer(String user, String text, boolean isPublic) {
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "vb.txt";
			}
		});
		form.add("public", Boolean.toString(isPublic));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.withBasicAuth(user, "demo")
			.exchange("/api/documents", HttpMethod.POST, new HttpEntity<>(form, headers),
					new ParameterizedTypeReference<>() {
					});
	}

	private long upload(String user, String fileName, String text, boolean isPublic) {
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		form.add("public", Boolean.toString(isPublic));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<Map<String, Object>> created = this.rest.withBasicAuth(user, "demo")
			.exchange("/api/documents", HttpMethod.POST, new HttpEntity<>(form, headers),
					new ParameterizedTypeReference<>() {
					});
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return ((Number) created.getBody().get("id")).longValue();
	}

	@SuppressWarnings("unchecked")
	private long draft(String marker) {
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("subject", "Dự thảo kế hoạch " + marker);
		form.add("kind", "KH");
		form.add("issuer", "XA-BATIEU-HPN");
		form.add("file", new ByteArrayResource(("%PDF-1.4 " + marker).getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "du-thao-" + marker + ".pdf";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<Map> created = this.rest.withBasicAuth(OWNER, "demo")
			.postForEntity("/api/drafts", new HttpEntity<>(form, headers), Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return ((Number) ((Map<String, Object>) created.getBody().get("id")).get("value")).longValue();
	}

	@SuppressWarnings("unchecked")
	private long confirm(String user, long document, String assigner, String lead, String description) {
		ResponseEntity<List> created = this.rest.withBasicAuth(user, "demo")
			.postForEntity("/api/followup/documents/" + document + "/tasks",
					Map.of("assignerUnit", assigner, "tasks",
							List.of(Map.of("leadUnit", lead, "description", description, "dueOn", "2099-12-31"))),
					List.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> task = (Map<String, Object>) created.getBody().get(0);
		Object id = task.get("id");
		return ((Number) (id instanceof Map<?, ?> m ? m.get("value") : id)).longValue();
	}

	private Map<String, Object> json(String user, String path) {
		return this.rest.withBasicAuth(user, "demo")
			.exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.getBody();
	}

	private static String letters(int count) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < count; i++) {
			s.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
		}
		return s.toString();
	}

	private static String enc(String s) {
		return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
