package vn.vanthu.upgrade;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import io.micrometer.core.instrument.MeterRegistry;
import vn.vanthu.VanthuApplication;
import vn.vanthu.approval.ApprovalCase;
import vn.vanthu.approval.ApprovalId;
import vn.vanthu.approval.ApprovalStatus;
import vn.vanthu.approval.Approvals;
import vn.vanthu.approval.Capacity;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.dissemination.DispatchStatus;
import vn.vanthu.dissemination.Disseminations;
import vn.vanthu.dissemination.RecipientStatus;
import vn.vanthu.document.StoredFiles;
import vn.vanthu.drafting.Disposition;
import vn.vanthu.drafting.DraftId;
import vn.vanthu.drafting.DraftStatus;
import vn.vanthu.drafting.Drafts;
import vn.vanthu.drafting.RequestStatus;
import vn.vanthu.drafting.Round;
import vn.vanthu.drafting.RoundDecision;
import vn.vanthu.drafting.Rounds;
import vn.vanthu.followup.Followup;
import vn.vanthu.followup.FollowupTask;
import vn.vanthu.followup.FollowupTaskId;
import vn.vanthu.followup.TaskStatus;
import vn.vanthu.platform.VanthuCommand;
import vn.vanthu.platform.VanthuProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database of the last release (upgrade/last-release.properties: its version and the
 * last migration of its schema) migrates when the current Vanthu starts on it, and every
 * capability reads back what that release wrote. The database is made with Flyway's
 * {@code target} at the released schema and filled by the release's fixture
 * (upgrade/VERSION/data.sql, written against that schema, with its stored files); then
 * the current application starts on it (its own migrations run), the search index is
 * rebuilt as an operator would ({@code vanthu reindex}) and the data is read through the
 * API and the services. On H2, and on PostgreSQL when the run's database is PostgreSQL
 * ({@code VANTHU_DB_URL}, as in CI), in a schema of its own. See ADR 0014.
 */
class UpgradeFromLastReleaseTests {

	static final String PASSWORD = "NamMoi-2025";

	static final String TOKEN = "vt_3f9a1c0b7d2e4a65_Kd93mZpQ7rTx2vLs8NwYbE4hJ6cA1uFgXy5Wq0Ro3Tn";

	static List<String> databases() {
		List<String> databases = new ArrayList<>(List.of("h2"));
		String url = System.getenv("VANTHU_DB_URL");
		if (url != null && url.startsWith("jdbc:postgresql:")) {
			databases.add("postgresql");
		}
		return databases;
	}

	@ParameterizedTest
	@MethodSource("databases")
	void theLastReleasesDatabaseMigratesOnStartAndEverythingReadsBack(String database) throws Exception {
		Properties release = new Properties();
		try (InputStream in = new ClassPathResource("upgrade/last-release.properties").getInputStream()) {
			release.load(in);
		}
		String version = release.getProperty("version");
		Target target = Target.of(database);
		try {
			releasedDatabase(target, release.getProperty("schema"), "upgrade/" + version + "/data.sql");
			Map<String, Object> properties = new LinkedHashMap<>(target.properties());
			properties.put("server.port", "0");
			properties.put("vanthu.library.search.alias", "vanthu-upgrade-" + target.suffix());
			properties.put("camunda.bpm.process-engine-name", "upgrade" + target.suffix());
			// as arguments: they win over application-test.yml (builder properties would
			// not)
			String[] args = properties.entrySet()
				.stream()
				.map((e) -> "--" + e.getKey() + "=" + e.getValue())
				.toArray(String[]::new);
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(VanthuApplication.class)
				.profiles("test")
				.run(args)) {
				Map<String, byte[]> files = storeReleasedFiles(app, "upgrade/" + version + "/files/*");
				readBack(app, target, files);
			}
		}
		finally {
			target.drop();
		}
	}

	/** The released schema only, and the release's data in it. */
	private static void releasedDatabase(Target target, String schema, String fixture) throws SQLException {
		Flyway.configure()
			.dataSource(target.url(), target.user(), target.password())
			.locations("classpath:db/migration")
			.table("vanthu_schema_history")
			.target(MigrationVersion.fromVersion(schema))
			.load()
			.migrate();
		assertThat(Flyway.configure()
			.dataSource(target.url(), target.user(), target.password())
			.table("vanthu_schema_history")
			.load()
			.info()
			.current()
			.getVersion()
			.getVersion()).isEqualTo(schema);
		try (Connection connection = target.connect()) {
			ScriptUtils.executeSqlScript(connection,
					new EncodedResource(new ClassPathResource(fixture), StandardCharsets.UTF_8));
		}
	}

	/**
	 * The release's stored files where that release kept them ({@code files/ab/cd/sha256}
	 * under the data folder), by content.
	 */
	private static Map<String, byte[]> storeReleasedFiles(ConfigurableApplicationContext app, String pattern)
			throws Exception {
		Path root = app.getBean(VanthuProperties.class).dataPath("files");
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:" + pattern)) {
			byte[] bytes = resource.getContentAsByteArray();
			String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
			Path path = root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
			Files.createDirectories(path.getParent());
			Path tmp = Files.createTempFile(root, "upgrade", ".tmp");
			Files.write(tmp, bytes);
			Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
			files.put(resource.getFilename(), bytes);
		}
		assertThat(files).hasSize(6);
		return files;
	}

	private void readBack(ConfigurableApplicationContext app, Target target, Map<String, byte[]> files)
			throws Exception {
		// every migration of the current version ran on the released database
		try (Connection connection = target.connect()) {
			assertThat(Flyway.configure()
				.dataSource(target.url(), target.user(), target.password())
				.locations("classpath:db/migration")
				.table("vanthu_schema_history")
				.load()
				.info()
				.pending()).isEmpty();
		}
		int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		Api api = new Api(port);

		// documents, their access rules, citations and stored files
		assertThat(api.get("/api/documents/1", basic("vanthu.hoa"))).contains("1520/UBND-KT")
			.contains("chuyển đổi số năm 2025");
		assertThat(api.get("/api/documents/2", basic("chuyenvien.lan"))).contains("45/KH-UBND")
			.contains("1520/UBND-KT");
		assertThat(api.status("/api/documents/4", basic("chuyenvien.lan"))).isIn(403, 404);
		assertThat(api.get("/api/documents/4", basic("chutich.thanh"))).contains("12/BC-CAX");
		assertThat(api.get("/api/documents/3", basic("chuyenvien.lan"))).contains("FAILED");
		StoredFiles stored = app.getBean(StoredFiles.class);
		for (byte[] bytes : files.values()) {
			String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
			assertThat(stored.read(sha)).isEqualTo(bytes);
		}
		assertThat(api.bytes("/api/drafts/1/versions/2/file", basic("chuyenvien.lan")))
			.isEqualTo(files.get("kh-45-ubnd.txt"));

		// people: passwords, a disabled account, a service account's API token, the admin
		assertThat(api.status("/api/documents/1", basic("nghiviec.tu"))).isEqualTo(401);
		assertThat(api.status("/api/documents/1", "Bearer " + TOKEN)).isEqualTo(200);
		assertThat(api.status("/api/admin/index", basic("quantri"))).isEqualTo(200);
		assertThat(api.status("/api/admin/index", basic("vanthu.hoa"))).isEqualTo(403);

		// the search index, rebuilt from the database as after any upgrade
		VanthuCommand reindex = app.getBeansOfType(VanthuCommand.class)
			.values()
			.stream()
			.filter((c) -> c.name().equals("reindex"))
			.findFirst()
			.orElseThrow();
		assertThat(reindex.run(List.of())).isZero();
		String found = api.get("/api/search?q=" + java.net.URLEncoder.encode("chuyển đổi số", StandardCharsets.UTF_8),
				basic("vanthu.hoa"));
		assertThat(found).contains("1520/UBND-KT").contains("45/KH-UBND");

		// drafting: two rounds with their answers and dispositions, the history
		Drafts drafts = app.getBean(Drafts.class);
		assertThat(drafts.get(new DraftId(1), "chuyenvien.lan").status()).isEqualTo(DraftStatus.SUBMITTED);
		assertThat(drafts.get(new DraftId(2), "chuyenvien.lan").status()).isEqualTo(DraftStatus.ABANDONED);
		assertThat(drafts.versions(new DraftId(1), "chuyenvien.lan")).hasSize(2);
		assertThat(drafts.history(new DraftId(1), "chuyenvien.lan")).hasSize(7);
		List<Round> rounds = app.getBean(Rounds.class).ofDraft(new DraftId(1), "chuyenvien.lan");
		assertThat(rounds).extracting(Round::outcome).containsExactly(RoundDecision.NEXT_ROUND, RoundDecision.SUBMIT);
		assertThat(rounds.get(0).requests()).anySatisfy((r) -> {
			assertThat(r.status()).isEqualTo(RequestStatus.ANSWERED);
			assertThat(r.disposition()).isEqualTo(Disposition.TIEP_THU);
		});

		// approval and the outgoing register
		Approvals approvals = app.getBean(Approvals.class);
		ApprovalCase approval = approvals.get(new ApprovalId(1));
		assertThat(approval.status()).isEqualTo(ApprovalStatus.ISSUED);
		assertThat(approval.capacity()).isEqualTo(Capacity.TM);
		assertThat(approvals.decisions(new ApprovalId(1))).hasSize(5);

		// dissemination and the incoming registers
		Disseminations disseminations = app.getBean(Disseminations.class);
		assertThat(disseminations.dispatch(1).status()).isEqualTo(DispatchStatus.SENT);
		assertThat(disseminations.receipt(1).status()).isEqualTo(RecipientStatus.ACKNOWLEDGED);
		assertThat(disseminations.incoming(UnitCode.of("XA-HOALAC-KT"), 2025, "truongphong.kt"))
			.anySatisfy((e) -> assertThat(e.number()).isEqualTo("45/KH-UBND"));

		// follow-up: a task done, one overdue (and counted as such by the operations
		// figures)
		Followup followup = app.getBean(Followup.class);
		assertThat(followup.get(new FollowupTaskId(1), "truongphong.kt").status()).isEqualTo(TaskStatus.DONE);
		FollowupTask overdue = followup.get(new FollowupTaskId(2), "truongphong.kt");
		assertThat(overdue.status()).isEqualTo(TaskStatus.OPEN);
		assertThat(overdue.dueOn()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(followup.history(new FollowupTaskId(1), "truongphong.kt")).hasSize(4);
		assertThat(
				app.getBean(MeterRegistry.class).get("vanthu.tasks.overdue").tag("source", "followup").gauge().value())
			.isEqualTo(1);

		// new rows after the released ones: the identity columns went on
		api.upload("Thông báo lịch trực Tết " + System.nanoTime(), basic("vanthu.hoa"));
		try (Connection connection = target.connect()) {
			var rs = connection.createStatement().executeQuery("select max(id) from document");
			rs.next();
			assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(100);
		}
	}

	private static String basic(String username) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** The database the release's data goes to: its own, dropped afterwards. */
	record Target(String url, String user, String password, String schema, String suffix) {

		static Target of(String database) {
			String suffix = Long.toString(System.nanoTime());
			if (database.equals("h2")) {
				return new Target(
						"jdbc:h2:mem:upgrade-" + suffix + ";DB_CLOSE_DELAY=-1;MODE=LEGACY;QUERY_CACHE_SIZE=64", "sa",
						"", null, suffix);
			}
			String base = System.getenv("VANTHU_DB_URL");
			String schema = "upgrade_" + suffix;
			Target admin = new Target(base, System.getenv().getOrDefault("VANTHU_DB_USER", "vanthu"),
					System.getenv().getOrDefault("VANTHU_DB_PASSWORD", "vanthu"), null, suffix);
			try (Connection connection = admin.connect()) {
				connection.createStatement().execute("create schema " + schema);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			return new Target(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, admin.user(),
					admin.password(), schema, suffix);
		}

		Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, this.user, this.password);
		}

		Map<String, Object> properties() {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("spring.datasource.url", this.url);
			properties.put("spring.datasource.username", this.user);
			properties.put("spring.datasource.password", this.password);
			if (this.schema != null) {
				// the engine looks for its tables in this schema, not in the suite's
				properties.put("camunda.bpm.database.schema-name", this.schema);
				// the engine refuses a schema without the matching table prefix
				properties.put("camunda.bpm.database.table-prefix", this.schema + ".");
			}
			return properties;
		}

		void drop() throws SQLException {
			try (Connection connection = connect()) {
				connection.createStatement()
					.execute(this.schema == null ? "drop all objects" : "drop schema " + this.schema + " cascade");
			}
		}

	}

	/** Vanthu's HTTP API on the started application. */
	record Api(int port) {

		static final HttpClient CLIENT = HttpClient.newHttpClient();

		HttpResponse<byte[]> send(HttpRequest.Builder request, String authorization)
				throws IOException, InterruptedException {
			return CLIENT.send(request.header("Authorization", authorization).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}

		HttpRequest.Builder at(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		}

		int status(String path, String authorization) throws Exception {
			return send(at(path), authorization).statusCode();
		}

		byte[] bytes(String path, String authorization) throws Exception {
			HttpResponse<byte[]> response = send(at(path), authorization);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return response.body();
		}

		String get(String path, String authorization) throws Exception {
			return new String(bytes(path, authorization), StandardCharsets.UTF_8);
		}

		String upload(String text, String authorization) throws Exception {
			String boundary = "vanthu" + System.nanoTime();
			String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tb.txt\""
					+ "\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
			HttpResponse<byte[]> response = send(
					at("/api/documents").header("Content-Type", "multipart/form-data; boundary=" + boundary)
						.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
					authorization);
			assertThat(response.statusCode()).isEqualTo(201);
			return new String(response.body(), StandardCharsets.UTF_8);
		}

	}

}
