package vn.vanthu.ops;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/prometheus} for administrators only, with Vanthu's figures moving when
 * the thing they count happens; the probes answer anyone with a status and nothing else.
 * The test profile sets {@code vanthu.ops.figures-max-age} to zero so that a gauge shows
 * the change at once ({@link CachedFigureTests} covers the caching).
 */
@VanthuIntegrationTest
class OperationsIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TaskService tasks;

	@Test
	void prometheusIsForAdministratorsOnly() {
		ResponseEntity<String> anonymous = this.rest.getForEntity("/actuator/prometheus", String.class);
		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(anonymous.getBody()).doesNotContain("vanthu_");
		ResponseEntity<String> staff = this.rest.withBasicAuth("chuyenvien", "demo")
			.getForEntity("/actuator/prometheus", String.class);
		assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(staff.getBody()).doesNotContain("vanthu_");
		ResponseEntity<String> admin = this.rest.withBasicAuth("admin", "demo")
			.getForEntity("/actuator/prometheus", String.class);
		assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(admin.getBody()).contains("vanthu_documents_uploaded_total", "vanthu_extraction_failures_total",
				"vanthu_search_backlog{state=\"pending\"}", "vanthu_search_backlog{state=\"set_aside\"}",
				"vanthu_tasks_open{source=\"engine\"}", "vanthu_tasks_overdue{source=\"engine\"}",
				"vanthu_tasks_overdue{source=\"followup\"}", "vanthu_engine_jobs_failed{retries=\"left\"}",
				"vanthu_engine_jobs_failed{retries=\"none\"}", "vanthu_engine_incidents", "jvm_memory_used_bytes",
				"hikaricp_connections_active");
	}

	@Test
	void otherActuatorEndpointsStayClosed() {
		for (String endpoint : new String[] { "env", "beans", "configprops", "loggers", "metrics", "heapdump" }) {
			assertThat(this.rest.getForEntity("/actuator/" + endpoint, String.class).getStatusCode()).as(endpoint)
				.isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(this.rest.withBasicAuth("admin", "demo")
				.getForEntity("/actuator/" + endpoint, String.class)
				.getStatusCode()).as(endpoint).isEqualTo(HttpStatus.NOT_FOUND);
		}
	}

	@Test
	void uploadsAndFailedExtractionsAreCounted() {
		double uploaded = figure("vanthu_documents_uploaded_total");
		double failures = figure("vanthu_extraction_failures_total");
		String text = "Thông báo số " + System.nanoTime() + " về lịch trực cơ quan.";
		assertThat(upload(text.getBytes(StandardCharsets.UTF_8), "thongbao.txt").getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(figure("vanthu_documents_uploaded_total")).isEqualTo(uploaded + 1);
		assertThat(figure("vanthu_extraction_failures_total")).isEqualTo(failures);

		byte[] garbage = new byte[4096];
		ThreadLocalRandom.current().nextBytes(garbage);
		garbage[0] = 'P';
		garbage[1] = 'K';
		garbage[2] = 3;
		garbage[3] = 4;
		assertThat(upload(garbage, "hong.docx").getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(figure("vanthu_documents_uploaded_total")).isEqualTo(uploaded + 2);
		assertThat(figure("vanthu_extraction_failures_total")).isEqualTo(failures + 1);

		// the same file again is the existing document: nothing new is counted
		assertThat(upload(garbage, "hong.docx").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(figure("vanthu_documents_uploaded_total")).isEqualTo(uploaded + 2);
	}

	@Test
	void indexBacklogIsVisible() {
		long document = -ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
		double pending = figure("vanthu_search_backlog{state=\"pending\"}");
		double setAside = figure("vanthu_search_backlog{state=\"set_aside\"}");
		try {
			// a change waiting (its next attempt far away, so the poller leaves it) and a
			// document the index refused
			this.jdbc.sql("insert into search_outbox (document_id, revision, next_attempt_at) values (?, 1, ?)")
				.params(document, java.sql.Timestamp.from(Instant.now().plusSeconds(3600)))
				.update();
			this.jdbc.sql("insert into search_set_aside (document_id, revision, reason) values (?, 1, 'test')")
				.param(document)
				.update();
			assertThat(figure("vanthu_search_backlog{state=\"pending\"}")).isEqualTo(pending + 1);
			assertThat(figure("vanthu_search_backlog{state=\"set_aside\"}")).isEqualTo(setAside + 1);
		}
		finally {
			this.jdbc.sql("delete from search_outbox where document_id = ?").param(document).update();
			this.jdbc.sql("delete from search_set_aside where document_id = ?").param(document).update();
		}
	}

	@Test
	void openAndOverdueEngineTasksAreCounted() {
		double open = figure("vanthu_tasks_open{source=\"engine\"}");
		double overdue = figure("vanthu_tasks_overdue{source=\"engine\"}");
		Task late = this.tasks.newTask();
		late.setName("Nhiệm vụ kiểm tra số liệu");
		late.setDueDate(Date.from(Instant.now().minusSeconds(86_400)));
		this.tasks.saveTask(late);
		try {
			assertThat(figure("vanthu_tasks_open{source=\"engine\"}")).isEqualTo(open + 1);
			assertThat(figure("vanthu_tasks_overdue{source=\"engine\"}")).isEqualTo(overdue + 1);
		}
		finally {
			this.tasks.deleteTask(late.getId(), true);
		}
		assertThat(figure("vanthu_tasks_open{source=\"engine\"}")).isEqualTo(open);
	}

	@Test
	void probesArePublicAndRevealNothing() {
		for (String probe : new String[] { "liveness", "readiness" }) {
			ResponseEntity<String> response = this.rest.getForEntity("/actuator/health/" + probe, String.class);
			assertThat(response.getStatusCode()).as(probe).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody()).as(probe).isEqualTo("{\"status\":\"UP\"}");
			ResponseEntity<String> asAdmin = this.rest.withBasicAuth("admin", "demo")
				.getForEntity("/actuator/health/" + probe, String.class);
			assertThat(asAdmin.getBody()).as(probe).isEqualTo("{\"status\":\"UP\"}");
		}
	}

	private ResponseEntity<String> upload(byte[] bytes, String name) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.withBasicAuth("vanthu", "demo")
			.postForEntity("/api/documents", new HttpEntity<>(form, headers), String.class);
	}

	/** One sample of the scrape, by its name and labels as Prometheus shows them. */
	private double figure(String sample) {
		String body = this.rest.withBasicAuth("admin", "demo").getForObject("/actuator/prometheus", String.class);
		Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(body);
		assertThat(matcher.find()).as(sample + " in\n" + body).isTrue();
		return Double.parseDouble(matcher.group(1));
	}

}
