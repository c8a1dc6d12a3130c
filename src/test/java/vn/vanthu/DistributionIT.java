package vn.vanthu;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged distribution used as an administrator would:
 * {@code target/vanthu-*.tar.gz} unpacked into a fresh folder, {@code bin/vanthu} started
 * as a real process from another working folder, without the demo profile, with the first
 * administrator's password in the environment and the port in
 * {@code config/application.yml}. Runs after {@code package} ({@code ./mvnw verify}). The
 * database settings of the test run ({@code VANTHU_DB_URL}, ...) are not passed on: the
 * installation uses its own embedded default.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionIT {

	static final String ADMIN_PASSWORD = "mat-khau-cai-dat";

	Path root;

	Path home;

	Path workingDir;

	Path log;

	int port;

	Process vanthu;

	@BeforeAll
	void unpackAndStart() throws Exception {
		Path archive = Path.of(System.getProperty("vanthu.distribution", "target/vanthu.tar.gz"));
		assertThat(archive).as("the distribution built by ./mvnw package").isRegularFile();
		Files.createDirectories(Path.of("target"));
		// traversable by the unprivileged account that runs Elasticsearch when we are
		// root
		this.root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "distribution-it-");
		Files.setPosixFilePermissions(this.root, PosixFilePermissions.fromString("rwxr-xr-x"));
		assertThat(run(this.root, "tar", "-xzf", archive.toString(), "-C", this.root.toString())).isZero();
		try (Stream<Path> top = Files.list(this.root)) {
			List<Path> folders = top.toList();
			assertThat(folders).as("one top folder").hasSize(1);
			this.home = folders.get(0);
		}
		assertThat(this.home.getFileName().toString())
			.isEqualTo(System.getProperty("vanthu.distribution.folder", this.home.getFileName().toString()));
		assertThat(this.home.resolve("bin/vanthu")).isExecutable();
		assertThat(this.home.resolve("systemd/vanthu.service")).content().contains("ExecStart=/opt/vanthu/bin/vanthu");
		assertThat(this.home.resolve("config/application.yml")).content().contains("#  data-dir:");

		this.port = freePort();
		Files.writeString(this.home.resolve("config/application.yml"),
				"\nserver:\n  port: " + this.port + "\nvanthu:\n  search:\n    managed:\n      startup-timeout: 600s\n",
				StandardOpenOption.APPEND);
		this.workingDir = Files.createDirectories(this.root.resolve("elsewhere"));
		this.log = this.root.resolve("vanthu.log");
		ProcessBuilder builder = new ProcessBuilder(this.home.resolve("bin/vanthu").toString())
			.directory(this.workingDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.log.toFile());
		environment(builder.environment());
		this.vanthu = builder.start();
		awaitLoginPage(Duration.ofMinutes(12));
	}

	private static void environment(Map<String, String> env) {
		List.of("VANTHU_DB_URL", "VANTHU_DB_USER", "VANTHU_DB_PASSWORD", "VANTHU_DATA_DIR", "VANTHU_SEARCH_URL",
				"SPRING_PROFILES_ACTIVE", "PORT", "VANTHU_ADMIN_USERNAME", "JAVA_OPTS")
			.forEach(env::remove);
		env.put("JAVA_HOME", System.getProperty("java.home"));
		env.put("VANTHU_ADMIN_PASSWORD", ADMIN_PASSWORD);
	}

	@Test
	@Order(1)
	void theFirstAdministratorLogsInAndReadsPages() throws IOException {
		WebSession admin = WebSession.login(this.port, "admin", ADMIN_PASSWORD);
		HttpResponse<String> tasks = admin.get("/tasks");
		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(tasks.body()).contains("Việc cần làm", "id=\"current-user\">admin<");
		assertThat(admin.get("/admin").statusCode()).isEqualTo(200);
		assertThat(WebSession.anonymous(this.port).submitLogin("admin", "demo").headers().firstValue("Location"))
			.as("no demo world")
			.hasValueSatisfying((location) -> assertThat(location).contains("error"));
		// the data stay with the installation, whatever the working folder
		assertThat(this.home.resolve("data/db")).isDirectory();
		assertThat(this.home.resolve("data/elasticsearch/data")).isDirectory();
		try (Stream<Path> left = Files.list(this.workingDir)) {
			assertThat(left).as("nothing written to the working folder").isEmpty();
		}
		assertThat(Files.readString(this.log)).contains("Created the first administrator 'admin'",
				"Starting Elasticsearch", this.home.resolve("data/elasticsearch").toString());
	}

	@Test
	@Order(2)
	void backupWhileRunningRestoresIntoANewInstallationWithItsIndexRebuilt() throws Exception {
		HttpResponse<String> upload = upload("thong-bao.txt",
				"THÔNG BÁO\nVề việc sửa đường giao thông nông thôn xã Ba Tiêu");
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);

		Path backup = this.root.resolve("backup");
		Result backedUp = vanthu(Map.of(), "backup", backup.toString());
		assertThat(backedUp.code()).as(backedUp.output()).isZero();
		assertThat(backedUp.output()).contains("database (h2)", "stored files: 1");
		assertThat(run(backup, "sha256sum", "--quiet", "-c", "manifest.sha256")).as("sha256sum -c").isZero();
		assertThat(this.vanthu.isAlive()).isTrue();
		assertThat(WebSession.login(this.port, "admin", ADMIN_PASSWORD).get("/tasks").statusCode()).isEqualTo(200);

		Map<String, String> fresh = Map.of("VANTHU_DATA_DIR", this.root.resolve("restored").toString());
		Result restored = vanthu(fresh, "restore", backup.toString());
		assertThat(restored.code()).as(restored.output()).isZero();
		assertThat(restored.output()).contains("database (h2) restored", "stored files: 1 restored")
			// reindex's "Đã lập lại chỉ mục: 1 văn bản", whatever the console's encoding
			.containsPattern(": 1 v\\S{1,4}n b\\S{1,4}n trong");
		assertThat(this.root.resolve("restored/files")).isDirectory();

		Result again = vanthu(fresh, "restore", backup.toString());
		assertThat(again.code()).isEqualTo(1);
		assertThat(again.output()).contains("restore refused", "the installation is not empty");
	}

	@AfterAll
	void stop() throws Exception {
		if (this.vanthu != null) {
			List<ProcessHandle> tree = Stream.concat(this.vanthu.descendants(), Stream.of(this.vanthu.toHandle()))
				.toList();
			this.vanthu.destroy();
			if (!this.vanthu.waitFor(90, TimeUnit.SECONDS)) {
				tree.forEach(ProcessHandle::destroyForcibly);
			}
			tree.forEach((p) -> p.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally((ex) -> p).join());
			assertThat(tree).as("Elasticsearch stops with Vanthu").noneMatch(ProcessHandle::isAlive);
		}
		if (this.root != null) {
			// two installations with their Elasticsearch data (~275 MB): keep only the
			// server's log for a failure's diagnosis
			if (this.log != null && Files.exists(this.log)) {
				Files.copy(this.log, Path.of("target", "distribution-it-vanthu.log").toAbsolutePath(),
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			org.springframework.util.FileSystemUtils.deleteRecursively(this.root);
		}
	}

	private HttpResponse<String> upload(String name, String text) throws Exception {
		String boundary = "vanthu-" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"public\"\r\n\r\ntrue\r\n--" + boundary + "--\r\n";
		String credentials = java.util.Base64.getEncoder()
			.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/documents"))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** {@code bin/vanthu COMMAND ...} beside the running server, with its environment. */
	private Result vanthu(Map<String, String> extraEnv, String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of(this.home.resolve("bin/vanthu").toString()));
		command.addAll(List.of(args));
		Path output = Files.createTempFile(this.root, "command-", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.workingDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		environment(builder.environment());
		builder.environment().putAll(extraEnv);
		Process process = builder.start();
		if (!process.waitFor(15, TimeUnit.MINUTES)) {
			process.destroyForcibly();
		}
		// lenient: the console's encoding depends on the locale
		return new Result(process.isAlive() ? -1 : process.exitValue(),
				new String(Files.readAllBytes(output), java.nio.charset.StandardCharsets.UTF_8));
	}

	record Result(int code, String output) {
	}

	private void awaitLoginPage(Duration timeout) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.timeout(Duration.ofSeconds(10))
			.build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.vanthu.isAlive()) {
				throw new AssertionError("bin/vanthu exited with " + this.vanthu.exitValue() + ":\n" + tail());
			}
			try {
				if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("no login page within " + timeout + ":\n" + tail());
	}

	private String tail() throws IOException {
		List<String> lines = Files.readAllLines(this.log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

	static int run(Path dir, String... command) throws Exception {
		Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
		return process.waitFor(10, TimeUnit.MINUTES) ? process.exitValue() : -1;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
