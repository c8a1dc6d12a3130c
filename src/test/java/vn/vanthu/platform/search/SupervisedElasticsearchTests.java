package vn.vanthu.platform.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.vanthu.VanthuApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The managed Elasticsearch under supervision, tried on a Vanthu of its own: a child JVM
 * with its own data folder, H2 database and managed server, so that killing and freezing
 * servers leaves the server shared by the other tests alone. Real processes and signals
 * throughout: the server's JVM is killed with -9 and comes back, is frozen with SIGSTOP
 * (searches answer 503 within the short time-out, health says why) and thawed; at the end
 * Vanthu itself is killed with -9 and its server must disappear.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisedElasticsearchTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final Duration SEARCH_TIMEOUT = Duration.ofSeconds(2);

	private static Path dataDir;

	private static Process vanthu;

	private static int port;

	@BeforeAll
	static void startVanthu() throws Exception {
		dataDir = Path.of("target", "supervision-" + System.nanoTime()).toAbsolutePath();
		Files.createDirectories(dataDir);
		port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
						"-XX:+UseSerialGC", "-cp", applicationClassPath(), VanthuApplication.class.getName(),
						"--server.port=" + port, "--server.address=127.0.0.1", "--spring.profiles.active=demo",
						"--camunda.bpm.job-execution.enabled=false", "--vanthu.data-dir=" + dataDir,
						"--spring.datasource.url=jdbc:h2:mem:supervision;DB_CLOSE_DELAY=-1;MODE=LEGACY",
						"--spring.datasource.username=sa", "--spring.datasource.password=",
						"--vanthu.search.timeouts.search=" + SEARCH_TIMEOUT.toMillis() + "ms",
						"--vanthu.search.timeouts.health=1000ms",
						// a loaded build machine takes minutes to start Elasticsearch
						"--vanthu.search.managed.startup-timeout=600s"));
		Files.writeString(dataDir.resolve("command.txt"), String.join("\n", command));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dataDir.resolve("vanthu.log").toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("VANTHU_"));
		vanthu = builder.start();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
		while (Instant.now().isBefore(deadline)) {
			assertThat(vanthu.isAlive()).as("Vanthu started; see %s", dataDir.resolve("vanthu.log")).isTrue();
			if (search().statusCode() == 200) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("Vanthu did not answer a search within 5 minutes; see " + dataDir);
	}

	@AfterAll
	static void stopVanthu() throws Exception {
		serverPid().ifPresent((pid) -> signal("CONT", pid));
		if (vanthu != null && vanthu.isAlive()) {
			List<ProcessHandle> tree = vanthu.descendants().toList();
			vanthu.destroy();
			vanthu.waitFor(60, TimeUnit.SECONDS);
			tree.forEach(ProcessHandle::destroyForcibly);
		}
	}

	@Test
	@Order(1)
	void aKilledServerIsStartedAgainAndSearchAnswersWithoutRestartingVanthu() throws Exception {
		long killed = serverPid().orElseThrow();
		signal("KILL", killed);

		// while it is away: 503 with a problem detail, never the client's raw error
		HttpResponse<String> away = awaitSearch((r) -> r.statusCode() != 200, Duration.ofSeconds(20));
		assertUnavailableProblem(away);
		JsonNode health = health();
		assertThat(health.at("/components/elasticsearch/status").asText()).isEqualTo("DOWN");
		assertThat(health.at("/components/elasticsearch/details/reason").asText()).containsAnyOf("restarting",
				"unreachable");

		HttpResponse<String> back = awaitSearch((r) -> r.statusCode() == 200, Duration.ofMinutes(10));
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(vanthu.isAlive()).isTrue();
		assertThat(serverPid().orElseThrow()).isNotEqualTo(killed);
		health = health();
		assertThat(health.at("/components/elasticsearch/status").asText()).isEqualTo("UP");
		assertThat(health.at("/components/elasticsearch/details/restarts").asInt()).isEqualTo(1);
		assertThat(health.at("/components/elasticsearch/details/lastExitCode").asInt()).isNotZero();
		assertThat(Files.readString(dataDir.resolve("vanthu.log"))).contains("exited unexpectedly with code")
			.contains("healthy again (restart 1)");
	}

	@Test
	@Order(2)
	void aFrozenServerMakesSearchesFailFastWith503AndHealthSaysWhy() throws Exception {
		assertThat(awaitSearch((r) -> r.statusCode() == 200, Duration.ofMinutes(10)).statusCode()).isEqualTo(200);
		long pid = serverPid().orElseThrow();
		signal("STOP", pid);
		try {
			long begin = System.nanoTime();
			HttpResponse<String> frozen = search();
			Duration took = Duration.ofNanos(System.nanoTime() - begin);
			assertUnavailableProblem(frozen);
			assertThat(took).isGreaterThanOrEqualTo(SEARCH_TIMEOUT).isLessThan(SEARCH_TIMEOUT.plusSeconds(5));

			JsonNode health = health();
			assertThat(health.at("/components/elasticsearch/status").asText()).isEqualTo("DOWN");
			assertThat(health.at("/components/elasticsearch/details/reason").asText())
				.isEqualTo("not answering within 1000 ms");
			assertThat(health.at("/components/elasticsearch/details/managed").asText()).isEqualTo("running");

			// the search page says it in Vietnamese
			HttpResponse<String> page = get("/search?q=ngh%E1%BB%8B+quy%E1%BA%BFt", "truongban3");
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("Tra cứu tạm thời không khả dụng");
		}
		finally {
			signal("CONT", pid);
		}
		assertThat(awaitSearch((r) -> r.statusCode() == 200, Duration.ofSeconds(30)).statusCode()).isEqualTo(200);
		assertThat(health().at("/components/elasticsearch/status").asText()).isEqualTo("UP");
		assertThat(serverPid().orElseThrow()).isEqualTo(pid);
	}

	@Test
	@Order(3)
	void killingVanthuWithMinus9LeavesNoServerBehind() throws Exception {
		long server = serverPid().orElseThrow();
		List<ProcessHandle> tree = vanthu.descendants().toList();
		assertThat(tree).extracting(ProcessHandle::pid).contains(server);

		vanthu.destroyForcibly(); // SIGKILL: no shutdown hook runs
		vanthu.waitFor();
		long begin = System.nanoTime();
		Instant deadline = Instant.now().plusSeconds(30);
		while (tree.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		assertThat(tree).as("Elasticsearch and its launchers after kill -9 of Vanthu")
			.noneMatch(ProcessHandle::isAlive);
		System.out.printf("Elasticsearch gone %d ms after kill -9 of Vanthu%n",
				Duration.ofNanos(System.nanoTime() - begin).toMillis());
	}

	/**
	 * The application's class path without the test classes (whose components and BPMN
	 * copies would join the application), expanding surefire's manifest-only jar.
	 */
	private static String applicationClassPath() throws IOException {
		String[] given = System.getProperty("java.class.path").split(java.io.File.pathSeparator);
		List<String> entries = new ArrayList<>(List.of(given));
		if (given.length == 1 && given[0].endsWith(".jar")) {
			try (java.util.jar.JarFile jar = new java.util.jar.JarFile(given[0])) {
				String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
				entries.clear();
				for (String url : classPath.trim().split("\\s+")) {
					URI uri = Path.of(given[0]).toAbsolutePath().getParent().toUri().resolve(url);
					entries.add(Path.of(uri).toString());
				}
			}
		}
		entries.removeIf((entry) -> entry.replace('\\', '/').replaceAll("/$", "").endsWith("/test-classes"));
		return String.join(java.io.File.pathSeparator, entries);
	}

	private static void assertUnavailableProblem(HttpResponse<String> response) throws IOException {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("type").asText()).isEqualTo("urn:vanthu:problem:search-unavailable");
		assertThat(problem.path("title").asText()).isEqualTo("Tra cứu tạm thời không khả dụng");
		assertThat(problem.path("detail").asText()).startsWith("Tra cứu tạm thời không khả dụng");
		assertThat(response.body()).doesNotContainIgnoringCase("timeout")
			.doesNotContain("http-outgoing")
			.doesNotContain("Connection refused");
	}

	private static HttpResponse<String> awaitSearch(Predicate<HttpResponse<String>> condition, Duration within)
			throws Exception {
		Instant deadline = Instant.now().plus(within);
		HttpResponse<String> last = search();
		while (!condition.test(last) && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
			last = search();
		}
		return last;
	}

	private static HttpResponse<String> search() throws IOException, InterruptedException {
		return get("/api/search?q=k%E1%BA%BF+ho%E1%BA%A1ch", "truongban3");
	}

	private static JsonNode health() throws IOException, InterruptedException {
		return JSON.readTree(get("/actuator/health", "admin").body());
	}

	private static HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.timeout(Duration.ofSeconds(60))
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.net.ConnectException ex) {
			return new Unanswered(request);
		}
	}

	private static Optional<Long> serverPid() {
		try {
			return Optional.of(Long
				.parseLong(Files.readString(dataDir.resolve("elasticsearch").resolve("elasticsearch.pid")).strip()));
		}
		catch (IOException | NumberFormatException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	private static void signal(String signal, long pid) {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Vanthu not listening (yet): a status 0 with no body. */
	private record Unanswered(HttpRequest request) implements HttpResponse<String> {

		@Override
		public int statusCode() {
			return 0;
		}

		@Override
		public Optional<HttpResponse<String>> previousResponse() {
			return Optional.empty();
		}

		@Override
		public java.net.http.HttpHeaders headers() {
			return java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true);
		}

		@Override
		public String body() {
			return "";
		}

		@Override
		public Optional<javax.net.ssl.SSLSession> sslSession() {
			return Optional.empty();
		}

		@Override
		public URI uri() {
			return this.request.uri();
		}

		@Override
		public HttpClient.Version version() {
			return HttpClient.Version.HTTP_1_1;
		}

	}

}
