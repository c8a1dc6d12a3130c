package vn.vanthu.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Elasticsearch server run by Vanthu itself from the Maven-resolved distribution, for
 * development and tests: loopback only, a free port, data under the data folder, stopped
 * with the application. One server per distribution and JVM: every Spring context of a
 * test run shares it, and it stops when the JVM exits.
 *
 * <p>
 * Elasticsearch refuses to run as root; when Vanthu is root the server runs as an
 * unprivileged account (created when missing) that owns the server's data folder.
 */
public final class ManagedElasticsearch {

	private static final Logger log = LoggerFactory.getLogger(ManagedElasticsearch.class);

	private static final Map<Path, ManagedElasticsearch> RUNNING = new ConcurrentHashMap<>();

	private final Path home;

	private final Path base;

	private final int port;

	private Process process;

	private ManagedElasticsearch(Path home, Path base, int port) {
		this.home = home;
		this.base = base;
		this.port = port;
	}

	/**
	 * The server for this distribution, started (and awaited) on first use in this JVM.
	 * @param settings the managed server's settings
	 * @param dataDir the folder under which the server keeps {@code config}, {@code data}
	 * and {@code logs}
	 * @throws IllegalStateException with one line saying what to do, when the
	 * distribution is missing or the server does not become healthy
	 */
	public static synchronized ManagedElasticsearch shared(SearchProperties.Managed settings, Path dataDir) {
		Path home = ElasticsearchHome.resolve(settings.home());
		ManagedElasticsearch server = RUNNING.get(home);
		if (server != null && server.isAlive()) {
			return server;
		}
		if (!Files.isExecutable(home.resolve("bin/elasticsearch"))) {
			throw new IllegalStateException("Elasticsearch distribution not found at " + home
					+ ": run './mvnw generate-resources' to unpack it, set vanthu.search.managed.home to it,"
					+ " or set vanthu.search.url to an existing server.");
		}
		server = new ManagedElasticsearch(home, dataDir.toAbsolutePath().normalize(), freePort());
		server.start(settings);
		RUNNING.put(home, server);
		ManagedElasticsearch started = server;
		Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "elasticsearch-stop"));
		return server;
	}

	/** The server's URL, e.g. {@code http://127.0.0.1:41234}. */
	public String url() {
		return "http://127.0.0.1:" + this.port;
	}

	public boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	private void start(SearchProperties.Managed settings) {
		Instant begin = Instant.now();
		try {
			Path config = this.base.resolve("config");
			Path logs = this.base.resolve("logs");
			Path data = this.base.resolve("data");
			Path tmp = this.base.resolve("tmp");
			killStale(this.base.resolve("elasticsearch.pid"));
			copyConfig(config);
			for (Path dir : List.of(logs, data, tmp)) {
				Files.createDirectories(dir);
			}
			Files.writeString(config.resolve("elasticsearch.yml"), settingsYaml(data, logs), StandardCharsets.UTF_8);
			List<String> command = new ArrayList<>();
			String user = OsAccounts.isRoot() ? settings.runAsUser() : null;
			if (user != null) {
				OsAccounts.ensureUser(user);
				OsAccounts.chown(this.base, user);
				OsAccounts.checkAccess(user, data, this.home.resolve("bin/elasticsearch"));
				command.addAll(List.of("runuser", "-u", user, "--"));
			}
			command.addAll(List.of("env", "ES_JAVA_HOME=" + System.getProperty("java.home"), "ES_PATH_CONF=" + config,
					"ES_TMPDIR=" + tmp, "ES_JAVA_OPTS=-Xms" + settings.heap() + " -Xmx" + settings.heap(),
					this.home.resolve("bin/elasticsearch").toString(), "-p",
					this.base.resolve("elasticsearch.pid").toString()));
			log.info("Starting Elasticsearch on {} (data in {})", url(), this.base);
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("console.log").toFile()))
				.start();
			awaitHealthy(settings.startupTimeout(), logs.resolve("console.log"));
			log.info("Elasticsearch healthy on {} after {} ms", url(),
					Duration.between(begin, Instant.now()).toMillis());
		}
		catch (IOException ex) {
			stop();
			throw new UncheckedIOException("Could not start Elasticsearch from " + this.home + ": " + ex.getMessage(),
					ex);
		}
	}

	private void awaitHealthy(Duration timeout, Path consoleLog) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest
			.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Elasticsearch exited with code " + this.process.exitValue()
						+ " during start-up; see " + consoleLog + " (or set vanthu.search.url to an existing server).");
			}
			try {
				HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			sleep(500);
		}
		stop();
		throw new IllegalStateException("Elasticsearch did not become healthy within " + timeout.toSeconds()
				+ " s; see " + consoleLog + " (or set vanthu.search.url to an existing server).");
	}

	/** Stops the server and every process it started; safe to call twice. */
	public synchronized void stop() {
		if (this.process == null) {
			return;
		}
		List<ProcessHandle> tree = Stream.concat(this.process.descendants(), Stream.of(this.process.toHandle()))
			.toList();
		tree.forEach(ProcessHandle::destroy);
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				tree.forEach(ProcessHandle::destroyForcibly);
			}
			for (ProcessHandle handle : tree) {
				handle.onExit().get(15, TimeUnit.SECONDS);
			}
		}
		catch (Exception ex) {
			tree.forEach(ProcessHandle::destroyForcibly);
		}
		this.process = null;
		RUNNING.values().remove(this);
	}

	private String settingsYaml(Path data, Path logs) {
		return String.join("\n", "cluster.name: vanthu", "node.name: vanthu-managed", "path.data: " + data,
				"path.logs: " + logs, "network.host: 127.0.0.1", "http.port: " + this.port,
				"transport.port: " + freePort(), "discovery.type: single-node",
				"cluster.routing.allocation.disk.threshold_enabled: false", "xpack.security.enabled: false",
				"xpack.security.enrollment.enabled: false", "");
	}

	/**
	 * A fresh copy each start, so that no keystore or certificate of an earlier start
	 * lingers.
	 */
	private void copyConfig(Path config) throws IOException {
		if (Files.exists(config)) {
			try (Stream<Path> old = Files.walk(config)) {
				for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		Files.createDirectories(config);
		try (Stream<Path> files = Files.list(this.home.resolve("config"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, config.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	/**
	 * A server left behind by a killed JVM still holds the data folder's lock: end it.
	 */
	private static void killStale(Path pidFile) throws IOException {
		if (!Files.exists(pidFile)) {
			return;
		}
		try {
			long pid = Long.parseLong(Files.readString(pidFile).strip());
			ProcessHandle.of(pid).filter((p) -> p.info().command().orElse("").contains("java")).ifPresent((p) -> {
				log.warn("Stopping a stale Elasticsearch (pid {}) left by an earlier run", pid);
				p.destroy();
				p.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally((ex) -> {
					p.destroyForcibly();
					return p;
				}).join();
			});
		}
		catch (NumberFormatException ex) {
			// an unreadable pid file belongs to nobody
		}
		Files.deleteIfExists(pidFile);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
