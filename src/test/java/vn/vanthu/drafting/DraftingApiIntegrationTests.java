package vn.vanthu.drafting;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drafting API as a script would use it: draft, round, answers, denials, extension,
 * late answer, synthesis and its DOCX read back.
 */
@VanthuIntegrationTest
class DraftingApiIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	TestRestTemplate as(String user) {
		return this.rest.withBasicAuth(user, "demo");
	}

	@SuppressWarnings("unchecked")
	long createDraft(String subject) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("subject", subject);
		form.add("kind", "KH");
		form.add("file", new ByteArrayResource(("%PDF-1.4 " + subject).getBytes()) {
			@Override
			public String getFilename() {
				return "du-thao-lan-01.pdf";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<Map> created = as("chuyenvien").postForEntity("/api/drafts", new HttpEntity<>(form, headers),
				Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getBody().get("status")).isEqualTo("DRAFTING");
		return ((Number) ((Map<String, Object>) created.getBody().get("id")).get("value")).longValue();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRoundThroughTheApiWithItsDenialsAndTheSynthesisTable() throws Exception {
		String subject = "Kế hoạch tổ chức Đại hội " + System.nanoTime();
		long draftId = createDraft(subject);

		ResponseEntity<Map> opened = as("chuyenvien").postForEntity(
				"/api/drafts/" + draftId + "/rounds", Map.of("recipients", List.of("truongban1", "unit:XA-BATIEU-DTN"),
						"deadline", "2099-12-01T17:00:00+07:00", "remindBefore", "P1D", "message", "Đề nghị góp ý"),
				Map.class);
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(opened.getBody().get("roundNo")).isEqualTo(1);
		long roundId = ((Number) opened.getBody().get("id")).longValue();
		List<Map<String, Object>> requests = (List<Map<String, Object>>) opened.getBody().get("requests");
		assertThat(requests).extracting((r) -> r.get("recipient")).containsExactly("truongban1", "truongban2");

		// a second round cannot be opened while the first is open
		assertThat(as("chuyenvien")
			.postForEntity("/api/drafts/" + draftId + "/rounds", Map.of("recipients", List.of("truongban1")), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		// bad input is a problem detail in Vietnamese
		ResponseEntity<Map> bad = as("chuyenvien").postForEntity("/api/drafts/" + draftId + "/rounds",
				Map.of("recipients", List.of("khongco")), Map.class);
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(bad.getBody().get("detail")).asString().contains("Không có người dùng");

		// visibility: participants and approvers yes, others no
		assertThat(as("truongban1").getForEntity("/api/drafts/" + draftId, Map.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(as("chutich").getForEntity("/api/drafts/" + draftId, Map.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(as("vanthu").getForEntity("/api/drafts/" + draftId, Map.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("truongban3").getForEntity("/api/rounds/" + roundId, Map.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("truongban3").getForEntity("/api/drafts/" + draftId + "/versions/1/file", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("truongban1").getForEntity("/api/drafts/" + draftId + "/versions/1/file", String.class).getBody())
			.startsWith("%PDF-1.4");

		// answers: only for oneself, only if asked
		assertThat(answer("truongban1", roundId, Map.of("text", "Bổ sung mục III", "agree", false)).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(answer("truongban1", roundId, Map.of("text", "Thay", "recipient", "truongban2")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(answer("vanthu", roundId, Map.of("text", "Tôi cũng góp ý")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(answer("truongban2", roundId, Map.of("text", "")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		// only the drafter extends, closes, synthesises
		HttpEntity<Map<String, String>> later = new HttpEntity<>(Map.of("deadline", "2099-12-05T17:00:00+07:00"));
		assertThat(as("truongban1").exchange("/api/rounds/" + roundId + "/deadline", HttpMethod.PUT, later, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map> extended = as("chuyenvien").exchange("/api/rounds/" + roundId + "/deadline", HttpMethod.PUT,
				later, Map.class);
		assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(extended.getBody().get("deadline")).isEqualTo("2099-12-05T10:00:00Z");
		assertThat(as("truongban1").postForEntity("/api/rounds/" + roundId + "/close", null, Map.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("chuyenvien").postForEntity("/api/rounds/" + roundId + "/close", null, Map.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);

		ResponseEntity<Map> status = as("chuyenvien").getForEntity("/api/rounds/" + roundId, Map.class);
		assertThat(status.getBody().get("status")).isEqualTo("CLOSED");
		List<Map<String, Object>> lines = (List<Map<String, Object>>) status.getBody().get("requests");
		assertThat(lines).extracting((r) -> r.get("status")).containsExactly("ANSWERED", "NO_REPLY");
		assertThat(lines.get(0).get("answeredAt")).isNotNull();

		// a late answer is refused, saying when the round closed
		ResponseEntity<Map> late = answer("truongban2", roundId, Map.of("text", "Muộn", "agree", false));
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(late.getHeaders().getContentType().toString()).contains("problem+json");
		assertThat(late.getBody().get("type")).isEqualTo("urn:vanthu:problem:round-closed");
		assertThat(late.getBody().get("detail")).asString().contains("đã kết thúc lúc");
		assertThat(late.getBody().get("closedAt")).isNotNull();

		long requestId = ((Number) lines.get(0).get("id")).longValue();
		Map<String, Object> synthesis = Map.of("items", List.of(Map.of("requestId", requestId, "disposition",
				"TIEP_THU_MOT_PHAN", "explanation", "Đã bổ sung mục III, phần kinh phí giữ nguyên")));
		assertThat(as("truongban1").postForEntity("/api/rounds/" + roundId + "/synthesis", synthesis, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("chuyenvien").postForEntity("/api/rounds/" + roundId + "/synthesis", synthesis, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<byte[]> docx = as("chuyenvien").getForEntity("/api/rounds/" + roundId + "/synthesis.docx",
				byte[].class);
		assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
			String text = doc.getParagraphs().stream().map((p) -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
			assertThat(text).contains("BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý")
				.contains(subject)
				.contains("Dự thảo lần 01");
			XWPFTable table = doc.getTables().get(0);
			assertThat(table.getRow(0).getTableCells()).extracting((c) -> c.getText())
				.containsExactly("STT", "Cơ quan/người góp ý", "Nội dung góp ý", "Ý kiến tiếp thu/giải trình");
			assertThat(table.getNumberOfRows()).isEqualTo(3);
			assertThat(table.getRow(1).getCell(1).getText()).contains("Phạm Thị Lan").contains("Trưởng ban");
			assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("Bổ sung mục III");
			assertThat(table.getRow(1).getCell(3).getText())
				.isEqualTo("Tiếp thu một phần: Đã bổ sung mục III, phần kinh phí giữ nguyên");
			assertThat(table.getRow(2).getCell(2).getText()).isEqualTo("Không có ý kiến phản hồi");
		}
		assertThat(
				as("vanthu").getForEntity("/api/rounds/" + roundId + "/synthesis.docx", byte[].class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		// submission: the approval hook; the draft shows "Đã trình duyệt"
		assertThat(as("truongban1").postForEntity("/api/drafts/" + draftId + "/submission", null, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map> submitted = as("chuyenvien").postForEntity("/api/drafts/" + draftId + "/submission", null,
				Map.class);
		assertThat(submitted.getBody().get("status")).isEqualTo("SUBMITTED");
		Map<String, Object> detail = as("chuyenvien").getForObject("/api/drafts/" + draftId, Map.class);
		assertThat(detail.get("statusLabel")).isEqualTo("Đã trình duyệt");
		assertThat((List<Map<String, Object>>) detail.get("history")).extracting((h) -> h.get("action"))
			.contains("VERSION_UPLOADED", "ROUND_OPENED", "ANSWERED", "DEADLINE_EXTENDED", "ROUND_CLOSED",
					"SYNTHESISED", "SUBMITTED");
	}

	@Test
	void anonymousCallsAreRefused() {
		assertThat(this.rest.getForEntity("/api/drafts", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private ResponseEntity<Map> answer(String user, long roundId, Map<String, Object> body) {
		return as(user).postForEntity("/api/rounds/" + roundId + "/answers", body, Map.class);
	}

}
