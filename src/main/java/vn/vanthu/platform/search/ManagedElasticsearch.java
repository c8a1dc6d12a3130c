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
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Elasticsearch server run by Vanthu itself from the Maven-resolved distribution, for
 * development and tests: loopback only, a free port, data under the data folder, stopped
 * with the application. One server per data folder and JVM: every Spring context of a
 * test run shares it, and it stops when the JVM exits.
 *
 * <p>
 * Supervised: when the server exits without being asked to, it is started again on the
 * same port after a back-off (1 s, doubling up to 30 s while it keeps dying within a
 * minute), and {@link #status()} says so. Its process tree is bound to this JVM's by a
 * {@link Lifeline}: a {@code kill -9} of Vanthu leaves no server behind.
 *
 * <p>
 * Elasticsearch refuses to run as root; when Vanthu is root the server runs as an
 * unprivileged account (created when missing) that owns the server's data folder.
 */
public final class ManagedElasticsearch {

	private static final Logger log = LoggerFactory.getLogger(ManagedElasticsearch.class);

	/** The servers of this JVM by data folder, started or stopped. */
	private static final Map<Path, ManagedElasticsearch> RUNNING = new ConcurrentHashMap<>();

	private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(1);

	private static final Duration LONGEST_BACK_OFF = Duration.ofSeconds(30);

	/** A server that ran this long before dying starts its back-off afresh. */
	private static final Duration STABLE = Duration.ofMinutes(1);

	/** What the server is doing. */
	public enum State {

		STARTING, RUNNING, RESTARTING, STOPPED

	}

	/**
	 * The supervisor's view of the server.
	 *
	 * @param state what the server is doing
	 * @param restarts restarts after unexpected exits since this JVM started it
	 * @param lastExitCode the exit code of the last unexpected exit, or {@code null}
	 * @param nextAttempt when the next restart begins while {@link State#RESTARTING}
	 * waits, or {@code null}
	 */
	public record Status(State state, int restarts, Integer lastExitCode, Instant nextAttempt) {
	}

	private final Path home;

	private final Path base;

	private final int port;

	private final SearchProperties.Managed settings;

	private final ScheduledExecutorService supervisor;

	private Process process;

	private volatile State state = State.STOPPED;

	private volatile int restarts;

	private volatile Integer lastExitCode;

	private volatile Instant nextAttempt;

	private volatile Instant healthyAt = Instant.now();

	private int quickDeaths;

	private ManagedElasticsearch(Path home, Path base, int port, SearchProperties.Managed settings) {
		this.home = home;
		this.base = base;
		this.port = port;
		this.settings = settings;
		this.supervisor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "elasticsearch-supervisor");
			thread.setDaemon(true);
			return thread;
		});
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "elasticsearch-stop"));
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
		Path base = dataDir.toAbsolutePath().normalize();
		ManagedElasticsearch server = RUNNING.get(base);
		if (server != null && server.isAlive()) {
			return server;
		}
		if (!Files.isExecutable(home.resolve("bin/elasticsearch"))) {
			throw new IllegalStateException("Elasticsearch distribution not found at " + home
					+ ": run './mvnw generate-resources' to unpack it, set vanthu.search.managed.home to it,"
					+ " or set vanthu.search.url to an existing server.");
		}
		if (server == null) {
			server = new ManagedElasticsearch(home, base, freePort(), settings);
			RUNNING.put(base, server);
		}
		server.firstStart();
		return server;
	}

	/** The server's URL, e.g. {@code http://127.0.0.1:41234}. */
	public String url() {
		return "http://127.0.0.1:" + this.port;
	}

	/** Running, or being started again by the supervisor. */
	public boolean isAlive() {
		return this.state != State.STOPPED;
	}

	public Status status() {
		return new Status(this.state, this.restarts, this.lastExitCode,
				(this.state == State.RESTARTING) ? this.nextAttempt : null);
	}

	/**
	 * The process id of the server's JVM (from its pid file), for operators and tests.
	 */
	public OptionalLong serverPid() {
		try {
			return OptionalLong.of(Long.parseLong(Files.readString(this.base.resolve("elasticsearch.pid")).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	/** Starts the server and waits until it is healthy, or fails and stops it. */
	private synchronized void firstStart() {
		this.state = State.STARTING;
		Process started = launch(this.settings);
		try {
			awaitHealthy(started, this.settings.startupTimeout(), this.base.resolve("logs/console.log"));
		}
		catch (RuntimeException ex) {
			stop();
			throw ex;
		}
		healthy(started);
	}

	private synchronized void healthy(Process started) {
		if (this.process == started && this.state != State.STOPPED) {
			this.state = State.RUNNING;
			this.healthyAt = Instant.now();
		}
	}

	/** Called when a server process ends: unless it was stopped, it is started again. */
	private synchronized void exited(Process ended) {
		if (this.process != ended || this.state == State.STOPPED) {
			return;
		}
		boolean wasStable = this.state == State.RUNNING
				&& Duration.between(this.healthyAt, Instant.now()).compareTo(STABLE) > 0;
		this.quickDeaths = wasStable ? 1 : this.quickDeaths + 1;
		Duration delay = FIRST_BACK_OFF.multipliedBy(1L << Math.min(this.quickDeaths - 1, 5));
		delay = (delay.compareTo(LONGEST_BACK_OFF) > 0) ? LONGEST_BACK_OFF : delay;
		this.lastExitCode = ended.exitValue();
		this.state = State.RESTARTING;
		this.nextAttempt = Instant.now().plus(delay);
		log.warn("Elasticsearch on {} exited unexpectedly with code {}; starting it again in {} ms (restart {})", url(),
				this.lastExitCode, delay.toMillis(), this.restarts + 1);
		this.supervisor.schedule(this::restart, delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Starts the server again. A start that fails kills the process, whose exit schedules
	 * the next attempt.
	 */
	private void restart() {
		Process started;
		synchronized (this) {
			if (this.state != State.RESTARTING) {
				return;
			}
			this.restarts++;
			this.nextAttempt = null;
			try {
				started = launch(this.settings);
			}
			catch (RuntimeException ex) {
				log.warn("Elasticsearch on {} could not be started again: {}", url(), ex.getMessage());
				this.process = null;
				exitedWithoutProcess();
				return;
			}
		}
		try {
			awaitHealthy(started, this.settings.startupTimeout(), this.base.resolve("logs/console.log"));
			healthy(started);
			log.info("Elasticsearch on {} is healthy again (restart {})", url(), this.restarts);
		}
		catch (RuntimeException ex) {
			log.warn("Elasticsearch on {} did not come back: {}", url(), ex.getMessage());
			destroyTree(started);
		}
	}

	/** A launch that failed before any process existed: try again later. */
	private void exitedWithoutProcess() {
		this.quickDeaths++;
		Duration delay = LONGEST_BACK_OFF;
		this.nextAttempt = Instant.now().plus(delay);
		this.supervisor.schedule(this::restart, delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Starts the server's process (under its lifeline) and returns it. */
	private synchronized Process launch(SearchProperties.Managed settings) {
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
			// standard input stays a pipe that only this JVM can write: the lifeline
			Process started = new ProcessBuilder(Lifeline.wrap(command, this.base)).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("console.log").toFile()))
				.start();
			this.process = started;
			started.onExit().thenAcceptAsync(this::exited, this.supervisor);
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start Elasticsearch from " + this.home + ": " + ex.getMessage(),
					ex);
		}
	}

	private void awaitHealthy(Process started, Duration timeout, Path consoleLog) {
		Instant begin = Instant.now();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest
			.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!started.isAlive()) {
				throw new IllegalStateException("Elasticsearch exited with code " + started.exitValue()
						+ " during start-up; see " + consoleLog + " (or set vanthu.search.url to an existing server).");
			}
			try {
				HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					log.info("Elasticsearch healthy on {} after {} ms", url(),
							Duration.between(begin, Instant.now()).toMillis());
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
		throw new IllegalStateException("Elasticsearch did not become healthy within " + timeout.toSeconds()
				+ " s; see " + consoleLog + " (or set vanthu.search.url to an existing server).");
	}

	/**
	 * Stops the server and every process it started, without restarting it; safe to call
	 * twice. {@link #shared} starts it again (on the same port).
	 */
	public synchronized void stop() {
		this.state = State.STOPPED;
		if (this.process == null) {
			return;
		}
		destroyTree(this.process);
		this.process = null;
	}

	private static void destroyTree(Process process) {
		List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
		tree.forEach(ProcessHandle::destroy);
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				tree.forEach(ProcessHandle::destroyForcibly);
			}
			for (ProcessHandle handle : tree) {
				handle.onExit().get(15, TimeUnit.SECONDS);
			}
		}
		catch (Exception ex) {
			tree.forEach(ProcessHandle::destroyForcibly);
		}
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
