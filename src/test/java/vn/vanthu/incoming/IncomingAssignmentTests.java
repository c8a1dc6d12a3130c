package vn.vanthu.incoming;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;
import vn.vanthu.dissemination.IncomingRegister;
import vn.vanthu.platform.calendar.BusinessCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Presenting and assigning (Decree 30 Art. 21): the deadline proposed from the one the
 * document states less the margin, the urgency flag sorting the unit's list, the leader's
 * assignment with co-operating and informed parties, re-assignment with history, closing
 * for information, and who may not do what.
 */
@VanthuIntegrationTest
class IncomingAssignmentTests {

	static final LocalDate STATED = LocalDate.of(2031, 3, 14);

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IncomingRegister register;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	TaskService tasks;

	final ObjectMapper json = new ObjectMapper();

	static String request(String mark, String subject) {
		return "PHÒNG NỘI VỤ\n" + mark + "\nSố: 247/PNV\nBa Tơ, ngày 04 tháng 8 năm 2030\nV/v " + subject
				+ "\nKính gửi: Ủy ban nhân dân xã Ba Tiêu.\nĐề nghị xã góp ý dự thảo, gửi về Phòng Nội vụ"
				+ " chậm nhất ngày 14/3/2031./.\n";
	}

	long registerLetter(String content) throws Exception {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "cong-van-247.txt";
			}
		});
		body.add("unit", "XA-BATIEU");
		body.add("handlingUnit", "XA-BATIEU-VP");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<String> created = this.rest.withBasicAuth("vanthu", "demo")
			.postForEntity("/api/incoming", new HttpEntity<>(body, headers), String.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return this.json.readTree(created.getBody()).get("id").asLong();
	}

	ResponseEntity<String> assign(String user, long id, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(user, "demo")
			.postForEntity("/api/incoming/" + id + "/assignments", new HttpEntity<>(body, headers), String.class);
	}

	JsonNode get(String user, String path) throws Exception {
		ResponseEntity<String> r = this.rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
		assertThat(r.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return this.json.readTree(r.getBody());
	}

	List<String> handlers(long id) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey("incoming-" + id)
			.taskDefinitionKey("Task_HandleIncoming")
			.list()
			.stream()
			.flatMap((t) -> this.tasks.getIdentityLinksForTask(t.getId()).stream())
			.filter((l) -> l.getUserId() != null)
			.map((l) -> l.getUserId())
			.toList();
	}

	@Test
	void leaderAssignsReassignsAndTheItemIsFiled() throws Exception {
		long plain = registerLetter(request("", "góp ý thường " + System.nanoTime()));
		long urgent = registerLetter(request("HỎA TỐC", "góp ý hỏa tốc " + System.nanoTime()));

		// proposed: the stated day less one working day; urgent flagged and listed first
		LocalDate proposed = this.calendar.minusWorkingDays(this.calendar.onOrBefore(STATED), 1);
		JsonNode item = get("vanthu", "/api/incoming/" + urgent);
		assertThat(item.get("state").asText()).isEqualTo("AWAITING_ASSIGNMENT");
		assertThat(item.get("urgency").asText()).isEqualTo("HOA_TOC");
		assertThat(item.get("proposedDeadline").asText()).isEqualTo(proposed.toString());
		assertThat(this.register.entry(urgent).orElseThrow().handlingDeadline()).isEqualTo(proposed);
		JsonNode page = get("vanthu", "/api/incoming?unit=XA-BATIEU&state=AWAITING_ASSIGNMENT&size=200");
		List<Long> order = page.get("items").findValues("id").stream().map(JsonNode::asLong).toList();
		assertThat(order).contains(urgent, plain);
		assertThat(order.indexOf(urgent)).isLessThan(order.indexOf(plain));
		assertThat(this.rest.withBasicAuth("truongban1", "demo")
			.getForEntity("/api/incoming?unit=XA-BATIEU", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		// denials: the clerk is no leader; an outsider does not see it; a foreign unit
		String body = "{\"leadUnit\":\"XA-BATIEU-VP\",\"coUnits\":[\"XA-BATIEU-MTTQ\"],"
				+ "\"infoUnits\":[\"XA-BATIEU-HPN\"],\"infoPeople\":[\"phochutich\"],"
				+ "\"instructions\":\"Giao Văn phòng tổng hợp ý kiến, trình trước hạn.\"}";
		ResponseEntity<String> clerk = assign("vanthu", urgent, body);
		assertThat(clerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(clerk.getBody()).contains("incoming-not-leader");
		assertThat(assign("truongban1", urgent, body).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<String> foreign = assign("chutich", urgent, "{\"leadUnit\":\"SXD-QN\"}");
		assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(foreign.getBody()).contains("incoming-lead-unit");
		assertThat(handlers(urgent)).isEmpty();

		// the Chủ tịch assigns: the deadline defaults to the proposal, the lead unit's
		// head gets the handling task, co-operating and informed parties may read it
		ResponseEntity<String> assigned = assign("chutich", urgent, body);
		assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode a = this.json.readTree(assigned.getBody());
		assertThat(a.get("deadline").asText()).isEqualTo(proposed.toString());
		assertThat(a.get("coUnits").get(0).asText()).isEqualTo("XA-BATIEU-MTTQ");
		assertThat(handlers(urgent)).containsExactly("chanhvanphong");
		assertThat(get("truongban1", "/api/incoming/" + urgent).get("state").asText()).isEqualTo("ASSIGNED");
		assertThat(get("truongban3", "/api/incoming/" + urgent).get("assignment").get("instructions").asText())
			.startsWith("Giao Văn phòng");
		assertThat(this.rest.withBasicAuth("truongban2", "demo")
			.getForEntity("/api/incoming/" + urgent, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		String slip = WebSession.login(this.port, "vanthu", "demo").get("/incoming/" + urgent).body();
		assertThat(slip)
			.contains("Giao Văn phòng tổng hợp ý kiến", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Ba Tiêu",
					"Hội Liên hiệp Phụ nữ xã Ba Tiêu", "phochutich", "Hỏa tốc")
			.doesNotContain("id=\"assign-form\"");
		assertThat(WebSession.login(this.port, "chutich", "demo").get("/incoming/" + urgent).body())
			.contains("id=\"assign-form\"");

		// re-assignment moves the handling task and keeps the history
		LocalDate later = proposed.plusDays(7);
		ResponseEntity<String> again = assign("phochutich", urgent, "{\"leadUnit\":\"XA-BATIEU-DTN\",\"deadline\":\""
				+ later + "\",\"instructions\":\"Giao Đoàn Thanh niên.\"}");
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(handlers(urgent)).containsExactly("truongban2");
		assertThat(get("chutich", "/api/incoming/" + urgent + "/assignments").size()).isEqualTo(2);
		assertThat(this.register.entry(urgent).orElseThrow().handlingUnit()).isEqualTo("XA-BATIEU-DTN");
		assertThat(this.register.entry(urgent).orElseThrow().handlingDeadline()).isEqualTo(later);

		// the new lead closes it for information; it cannot be re-assigned any more
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> notHandler = this.rest.withBasicAuth("chanhvanphong", "demo")
			.postForEntity("/api/incoming/" + urgent + "/closing",
					new HttpEntity<>("{\"state\":\"FILED\",\"note\":\"x\"}", headers), String.class);
		assertThat(notHandler.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> filed = this.rest.withBasicAuth("truongban2", "demo")
			.postForEntity("/api/incoming/" + urgent + "/closing",
					new HttpEntity<>("{\"state\":\"FILED\",\"note\":\"Đã phổ biến cho đoàn viên.\"}", headers),
					String.class);
		assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.json.readTree(filed.getBody()).get("state").asText()).isEqualTo("FILED");
		assertThat(handlers(urgent)).isEmpty();
		ResponseEntity<String> closed = assign("chutich", urgent, body);
		assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(closed.getBody()).contains("incoming-closed");
	}

}
