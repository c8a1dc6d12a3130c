package vn.vanthu.approval;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several people (or one impatient person) deciding the same engine task at the same
 * moment over HTTP: exactly one decision is taken and every other request gets a 409
 * problem detail that says the step was just decided, never a 500 from the engine.
 */
@VanthuIntegrationTest
class ConcurrentDecisionsTests {

	private static final int REQUESTS = 6;

	@Autowired
	TestRestTemplate rest;

	@LocalServerPort
	int port;

	@Test
	void sixConcurrentApprovalsOfOneStepGiveOneSuccessAndFiveConflicts() throws Exception {
		String id = submit("Thông báo duyệt đồng thời " + System.nanoTime());
		List<HttpResponse<String>> answers = concurrently(REQUESTS, "chanhvanphong",
				"/api/approvals/" + id + "/decisions", "{\"outcome\":\"APPROVE\"}");

		assertThat(answers).filteredOn((r) -> r.statusCode() == 200).hasSize(1);
		List<HttpResponse<String>> losers = answers.stream().filter((r) -> r.statusCode() != 200).toList();
		assertThat(losers).hasSize(REQUESTS - 1).allSatisfy((r) -> {
			assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
			assertThat(r.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(r.body()).contains("\"status\":409")
				.containsAnyOf("urn:vanthu:problem:task-already-completed", "urn:vanthu:problem:approval-step-decided")
				.contains("Tải lại hồ sơ để xem trạng thái mới")
				.doesNotContain("ENGINE-")
				.doesNotContain("Exception");
		});
		// one decision recorded, the case moved on to the second step once
		ResponseEntity<Map> state = this.rest.withBasicAuth("chuyenvien", "demo")
			.getForEntity("/api/approvals/" + id, Map.class);
		assertThat(((List<?>) state.getBody().get("decisions"))).hasSize(1);
		assertThat(((Map<?, ?>) state.getBody().get("approval")).get("currentStep")).isEqualTo(2);
	}

	@Test
	void concurrentReturnsOfOneStepRecordOneReturn() throws Exception {
		String id = submit("Thông báo trả lại đồng thời " + System.nanoTime());
		List<HttpResponse<String>> answers = concurrently(4, "chanhvanphong", "/api/approvals/" + id + "/decisions",
				"{\"outcome\":\"RETURN\",\"reason\":\"Sửa trích yếu\"}");
		assertThat(answers).filteredOn((r) -> r.statusCode() == 200).hasSize(1);
		assertThat(answers).filteredOn((r) -> r.statusCode() != 200)
			.hasSize(3)
			.allSatisfy((r) -> assertThat(r.statusCode()).as(r.body()).isEqualTo(409));
		ResponseEntity<Map> state = this.rest.withBasicAuth("chuyenvien", "demo")
			.getForEntity("/api/approvals/" + id, Map.class);
		assertThat(((List<?>) state.getBody().get("decisions"))).hasSize(1);
	}

	@Test
	void someoneWhoNeverHeldTheStepIsStillRefusedWith403() {
		String id = submit("Thông báo người ngoài " + System.nanoTime());
		ResponseEntity<String> approved = this.rest.withBasicAuth("chanhvanphong", "demo")
			.postForEntity("/api/approvals/" + id + "/decisions", Map.of("outcome", "APPROVE"), String.class);
		assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
		// the same person again, later: the step was decided (409), not a foreign step
		ResponseEntity<String> again = this.rest.withBasicAuth("chanhvanphong", "demo")
			.postForEntity("/api/approvals/" + id + "/decisions", Map.of("outcome", "APPROVE"), String.class);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getBody()).contains("approval-step-decided");
		ResponseEntity<String> outsider = this.rest.withBasicAuth("truongban1", "demo")
			.postForEntity("/api/approvals/" + id + "/decisions", Map.of("outcome", "APPROVE"), String.class);
		assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private String submit(String subject) {
		ResponseEntity<String> created = this.rest.withBasicAuth("chuyenvien", "demo")
			.postForEntity("/api/approvals", Map.of("issuerUnit", "XA-BATIEU", "kind", "TB", "subject", subject),
					String.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return created.getBody().replaceAll("(?s).*?\"id\":\\{\"value\":(\\d+)}.*", "$1");
	}

	/** The same POST from {@code n} threads released together. */
	private List<HttpResponse<String>> concurrently(int n, String user, String path, String json) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
		// warm the password check and the connection pool so that the requests meet in
		// the decision, not in the login
		http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/notifications"))
			.header("Authorization", auth)
			.build(), HttpResponse.BodyHandlers.discarding());
		CyclicBarrier start = new CyclicBarrier(n);
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				futures.add(pool.submit(() -> {
					HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
						.header("Authorization", auth)
						.header("Content-Type", "application/json")
						.header("Accept", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(json))
						.build();
					start.await();
					return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				}));
			}
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> f : futures) {
				answers.add(f.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
