package vn.vanthu.incoming;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

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
import vn.vanthu.directory.UnitCode;
import vn.vanthu.dissemination.Disseminations;
import vn.vanthu.dissemination.IncomingEntry;
import vn.vanthu.dissemination.ReceiptDeadlines;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.DocumentOrigin;
import vn.vanthu.document.Documents;
import vn.vanthu.platform.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hand registration of a received document ("Phiếu giải quyết văn bản đến"): the file
 * enters the library as received, metadata come from its text unless typed, the unit's sổ
 * văn bản đến numbers it, a handling unit and deadline are recorded; refusals for
 * outsiders, a foreign handling unit and a deadline before arrival.
 */
@VanthuIntegrationTest
class IncomingRegistrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Documents documents;

	@Autowired
	Disseminations disseminations;

	@Autowired
	IncomingRegistration registration;

	@Autowired
	TaskService tasks;

	@Autowired
	Assignments assignments;

	static String letter(String subject) {
		return "ỦY BAN NHÂN DÂN\nHUYỆN BA TƠ\nSố: 315/UBND-VP\nBa Tơ, ngày 05 tháng 3 năm 2030\n" + "V/v " + subject
				+ "\nKính gửi: Ủy ban nhân dân xã Ba Tiêu.\nĐề nghị xã báo cáo kết quả.\n";
	}

	ResponseEntity<String> post(String user, String content, String... fields) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "cong-van-den.txt";
			}
		});
		for (int i = 0; i < fields.length; i += 2) {
			body.add(fields[i], fields[i + 1]);
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.withBasicAuth(user, "demo")
			.postForEntity("/api/incoming", new HttpEntity<>(body, headers), String.class);
	}

	@Test
	void clerkRegistersAPaperLetterWithHandlingUnitAndDeadline() {
		String subject = "báo cáo thử nhập tay " + System.nanoTime();
		LocalDate deadline = LocalDate.now().plusDays(7);
		ResponseEntity<String> created = post("vanthu", letter(subject), "unit", "XA-BATIEU", "handlingUnit",
				"XA-BATIEU-VP", "deadline", deadline.toString(), "sender", "UBND huyện Ba Tơ");
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = Long.parseLong(created.getBody().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
		IncomingEntry e = this.disseminations.incomingEntry(id).orElseThrow();
		assertThat(e.unitCode()).isEqualTo("XA-BATIEU");
		assertThat(e.seq()).isPositive();
		assertThat(e.source()).isEqualTo("MANUAL");
		assertThat(e.handlingUnit()).isEqualTo("XA-BATIEU-VP");
		assertThat(e.handlingDeadline()).isEqualTo(deadline);
		assertThat(e.sender()).isEqualTo("UBND huyện Ba Tơ");
		// read from the text by the text module
		assertThat(e.number()).isEqualTo("315/UBND-VP");
		assertThat(e.subject()).contains(subject);
		var document = this.documents.get(new DocumentId(e.documentId()));
		assertThat(document.origin()).isEqualTo(DocumentOrigin.RECEIVED);

		// it is in the unit's register, and the slip is printable for the unit only
		assertThat(this.disseminations.incoming(UnitCode.of("XA-BATIEU"), LocalDate.now().getYear(), "vanthu"))
			.anyMatch((x) -> x.id() == id);
		WebSession clerk = WebSession.login(this.port, "vanthu", "demo");
		var slip = clerk.get("/incoming/" + id);
		assertThat(slip.statusCode()).isEqualTo(200);
		assertThat(slip.body()).contains("Phiếu giải quyết văn bản đến", "315/UBND-VP", "UBND huyện Ba Tơ",
				String.valueOf(e.seq()));
		assertThat(WebSession.login(this.port, "truongban1", "demo").get("/incoming/" + id).statusCode())
			.isEqualTo(404);
		assertThat(this.rest.withBasicAuth("truongban1", "demo")
			.getForEntity("/api/incoming/" + id, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		// presented to the leader: nobody handles it before the Chủ tịch assigns it
		assertThat(this.tasks.createTaskQuery()
			.taskCandidateUser("chanhvanphong")
			.taskName("Giải quyết văn bản đến")
			.initializeFormKeys()
			.list()
			.stream()
			.filter((t) -> ("/incoming/" + id).equals(t.getFormKey()))).isEmpty();
		this.assignments.assign(id, new AssignmentRequest("XA-BATIEU-VP", null, null, null, deadline, null), "chutich");
		// the handling unit's head has a task "Giải quyết văn bản đến" due on the
		// deadline
		var task = this.tasks.createTaskQuery()
			.taskCandidateUser("chanhvanphong")
			.taskName("Giải quyết văn bản đến")
			.initializeFormKeys()
			.list()
			.stream()
			.filter((t) -> ("/incoming/" + id).equals(t.getFormKey()))
			.findFirst()
			.orElseThrow();
		assertThat(task.getDueDate().toInstant().atZone(ReceiptDeadlines.VIETNAM).toLocalDate()).isEqualTo(deadline);
		// the clerk may not settle it; the head does, and who/when are kept
		assertThat(clerk.get("/incoming/" + id).body()).doesNotContain("id=\"handle-submit\"");
		assertThatThrownBy(() -> this.registration.complete(id, "vanthu")).isInstanceOf(Problem.class)
			.extracting((x) -> ((Problem) x).slug())
			.isEqualTo("incoming-not-handler");
		WebSession head = WebSession.login(this.port, "chanhvanphong", "demo");
		var headSlip = head.get("/incoming/" + id);
		assertThat(headSlip.body()).contains("id=\"handle-submit\"");
		assertThat(head.postForm("/incoming/" + id + "/done", "_csrf=" + WebSession.csrfToken(headSlip.body()))
			.statusCode()).isEqualTo(302);
		IncomingEntry handled = this.disseminations.incomingEntry(id).orElseThrow();
		assertThat(handled.handledBy()).isEqualTo("chanhvanphong");
		assertThat(handled.handledAt()).isNotNull();
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
		assertThat(head.get("/incoming/" + id).body()).contains("id=\"slip-handled\"", "chanhvanphong")
			.doesNotContain("id=\"handle-submit\"");

		var form = clerk.get("/incoming/new?unit=XA-BATIEU");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Vào sổ văn bản đến", "XA-BATIEU-VP");
	}

	@Test
	void refusalsStateTheRule() {
		String subject = "thử từ chối " + System.nanoTime();
		ResponseEntity<String> outsider = post("truongban1", letter(subject), "unit", "XA-BATIEU", "deadline",
				LocalDate.now().plusDays(3).toString());
		assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(outsider.getBody()).contains("urn:vanthu:problem:incoming-not-member");
		ResponseEntity<String> foreign = post("vanthu", letter(subject), "unit", "XA-BATIEU", "handlingUnit", "SXD-QN",
				"deadline", LocalDate.now().plusDays(3).toString());
		assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(foreign.getBody()).contains("incoming-handling-unit", "Đơn vị xử lý phải là");
		ResponseEntity<String> pastDeadline = post("vanthu", letter(subject), "unit", "XA-BATIEU", "deadline",
				LocalDate.now().minusDays(3).toString());
		assertThat(pastDeadline.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(pastDeadline.getBody()).contains("incoming-deadline-past");
		assertThat(this.disseminations.incoming(UnitCode.of("XA-BATIEU"), LocalDate.now().getYear(), "vanthu"))
			.noneMatch((x) -> x.subject() != null && x.subject().contains(subject));
	}

}
