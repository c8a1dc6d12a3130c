package vn.vanthu.bench;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.vanthu.directory.ApiTokens;
import vn.vanthu.directory.IssuedApiToken;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentOrigin;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.document.Documents;
import vn.vanthu.document.Extraction;
import vn.vanthu.document.NewDocument;
import vn.vanthu.document.StoredFile;
import vn.vanthu.document.StoredFiles;
import vn.vanthu.platform.VanthuCommand;
import vn.vanthu.search.SearchIndexer;

/**
 * {@code java -jar vanthu.jar bench-api-auth [--concurrency C] [--batches B] [--documents N]
 * [--user LOGIN] [--password P]}: {@code GET /api/search} on this process's own server
 * (free loopback port) with an API token, with a session cookie from the login form and
 * with HTTP Basic, in one run. Each batch releases C requests at once (200 by default);
 * the three ways take turns batch by batch, after two warm-up batches each. Figures
 * (p50/p95/p99, throughput, the token/session ratios) go to
 * {@code target/bench/api-auth.json}.
 */
@Component
class ApiAuthBenchCommand implements VanthuCommand {

	private static final String[] WORDS = { "kế hoạch", "chuyển đổi số", "cải cách hành chính", "ke hoach",
			"phòng chống thiên tai", "báo cáo", "quyết định", "thong bao", "ngân sách", "an toàn giao thông" };

	private final ApiTokens tokens;

	private final Documents documents;

	private final StoredFiles files;

	private final SearchIndexer indexer;

	private final ObjectMapper json;

	private final Environment environment;

	ApiAuthBenchCommand(ApiTokens tokens, Documents documents, StoredFiles files, SearchIndexer indexer,
			ObjectMapper json, Environment environment) {
		this.tokens = tokens;
		this.documents = documents;
		this.files = files;
		this.indexer = indexer;
		this.json = json;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "bench-api-auth";
	}

	@Override
	public String description() {
		return "bench-api-auth [--concurrency C] [--batches B] [--documents N] [--user LOGIN] [--password P]:"
				+ " API search with a token vs a session vs Basic";
	}

	@Override
	public int run(List<String> args) throws Exception {
		Options o = Options.parse(args);
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		String base = "http://127.0.0.1:" + this.environment.getRequiredProperty("local.server.port");
		seed(o.documents(), out);

		HttpClient session = FormLogin.login(base, o.user(), o.password());
		HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		IssuedApiToken token = this.tokens.issue(Username.of(o.user()), "bench-api-auth " + Instant.now(),
				Duration.ofDays(1));
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString((o.user() + ":" + o.password()).getBytes(StandardCharsets.UTF_8));
		Map<LoadRound, String> auth = new LinkedHashMap<>();
		auth.put(new LoadRound("session", session), null);
		auth.put(new LoadRound("token", plain), "Bearer " + token.secret());
		auth.put(new LoadRound("basic", plain), basic);
		List<LoadRound> rounds = new ArrayList<>(auth.keySet());

		ExecutorService pool = Executors.newFixedThreadPool(o.concurrency());
		Random random = new Random(17);
		try {
			for (int b = -2; b < o.batches(); b++) {
				for (int k = 0; k < rounds.size(); k++) {
					// each way goes first, second and third in turn
					LoadRound round = rounds.get(Math.floorMod(b + k, rounds.size()));
					String header = auth.get(round);
					int seed = random.nextInt();
					round.batch(pool, o.concurrency(), (i) -> request(base, header, seed + i), b >= 0);
				}
				out.printf("lượt %d/%d xong%n", b + 1, o.batches());
			}
		}
		finally {
			pool.shutdownNow();
		}
		this.tokens.revoke(Username.of(o.user()), token.token().id());
		write(report(o, rounds), out);
		return 0;
	}

	private HttpRequest request(String base, String authorization, int n) {
		String q = WORDS[Math.floorMod(n, WORDS.length)];
		HttpRequest.Builder b = HttpRequest
			.newBuilder(URI.create(base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
			.header("Accept", "application/json")
			.timeout(Duration.ofMinutes(2));
		if (authorization != null) {
			b.header("Authorization", authorization);
		}
		return b.GET().build();
	}

	private Map<String, Object> report(Options o, List<LoadRound> rounds) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("finished", Instant.now().toString());
		m.put("endpoint", "GET /api/search?q=… on this process's server, loopback, JDK HttpClient (HTTP/1.1)");
		m.put("user", o.user());
		m.put("concurrency", o.concurrency());
		m.put("batches_per_way", o.batches());
		m.put("documents_seeded", o.documents());
		m.put("cpus", Runtime.getRuntime().availableProcessors());
		m.put("load_average_at_end", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		m.put("password_cache", this.environment.getProperty("vanthu.security.password-cache", "PT1M"));
		rounds.forEach((r) -> m.put(r.name(), r.summary()));
		LoadRound session = rounds.get(0);
		LoadRound token = rounds.get(1);
		Map<String, Object> ratio = new LinkedHashMap<>();
		ratio.put("p50", LoadRound.round(token.percentile(0.5) / session.percentile(0.5)));
		ratio.put("p95", LoadRound.round(token.percentile(0.95) / session.percentile(0.95)));
		ratio.put("p99", LoadRound.round(token.percentile(0.99) / session.percentile(0.99)));
		ratio.put("throughput", LoadRound.round(session.throughput() / token.throughput()));
		m.put("token_vs_session", ratio);
		m.put("goal", "token within 1.2x of the session (latency ratios and session/token throughput)");
		return m;
	}

	private void write(Map<String, Object> report, PrintStream out) throws Exception {
		Path target = Path.of("target/bench/api-auth.json");
		Files.createDirectories(target.getParent());
		ObjectMapper pretty = this.json.copy().enable(SerializationFeature.INDENT_OUTPUT);
		pretty.writeValue(target.toFile(), report);
		out.println(pretty.writeValueAsString(report));
		out.println("Đã ghi " + target.toAbsolutePath());
	}

	/** Public documents for the searches to find, so that each does real work. */
	private void seed(int count, PrintStream out) {
		if (count <= 0) {
			return;
		}
		Random random = new Random(count);
		String run = Long.toString(System.nanoTime(), 36);
		for (int i = 0; i < count; i++) {
			StringBuilder text = new StringBuilder("Về việc ").append(WORDS[i % WORDS.length]).append(". ");
			for (int w = 0; w < 60; w++) {
				text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 8 == 7 ? ". " : ", ");
			}
			text.append("(").append(run).append('-').append(i).append(')');
			byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
			StoredFile file = this.files.store(new ByteArrayInputStream(bytes));
			this.documents.create(new NewDocument(DocumentMetadata.empty(), DocumentOrigin.IMPORTED,
					DocumentStatus.ISSUED, Set.of(UnitCode.of("XA-BATIEU-VP")), true, null, file,
					"bench-" + run + "-" + i + ".txt", text.toString(), Extraction.extracted(null), null));
		}
		this.indexer.drain();
		out.printf("Đã nạp %d văn bản%n", count);
	}

	record Options(int concurrency, int batches, int documents, String user, String password) {

		static Options parse(List<String> args) {
			int concurrency = 200;
			int batches = 10;
			int documents = 500;
			String user = "chuyenvien";
			String password = "demo";
			for (int i = 0; i < args.size(); i++) {
				switch (args.get(i)) {
					case "--concurrency" -> concurrency = Integer.parseInt(args.get(++i));
					case "--batches" -> batches = Integer.parseInt(args.get(++i));
					case "--documents" -> documents = Integer.parseInt(args.get(++i));
					case "--user" -> user = args.get(++i);
					case "--password" -> password = args.get(++i);
					default -> {
						// Spring Boot's own (--spring.profiles.active=demo) are for the
						// context
						if (!args.get(i).startsWith("--") || !args.get(i).contains("=")) {
							throw new IllegalArgumentException("Tham số không rõ: " + args.get(i));
						}
					}
				}
			}
			return new Options(Math.max(1, concurrency), Math.max(1, batches), documents, user, password);
		}

	}

}
