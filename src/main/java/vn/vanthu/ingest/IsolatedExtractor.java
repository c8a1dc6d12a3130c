package vn.vanthu.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Service;

/**
 * Extracts text from untrusted files in worker JVMs ({@link ExtractionWorker}) with a
 * heap limit, a per-file time limit and a limit on the text kept. A worker that hangs,
 * runs out of memory or dies is killed and replaced; the file gets a failure with the
 * reason, and the server never parses a file itself. A worker is also replaced between
 * two files when it grew past {@code worker-max-resident}. Each worker takes up to
 * {@value #DEPTH} files at once ({@link WorkerProcess}: pipelined, parsed one after the
 * other), so that it always has its next file when it finishes one.
 */
@Service
public class IsolatedExtractor {

	/** Files sent to one worker at once. */
	static final int DEPTH = 2;

	/** Times a file is sent again after the worker died on the files before it. */
	private static final int RESENDS = 3;

	private final IngestSettings settings;

	private final ObjectMapper json = new ObjectMapper();

	/**
	 * Each worker {@value #DEPTH} times: a worker taken from here has room for a file.
	 */
	private final BlockingQueue<WorkerProcess> slots;

	private final List<WorkerProcess> all = new ArrayList<>();

	IsolatedExtractor(IngestSettings settings) {
		this.settings = settings;
		int workers = Math.max(1, settings.workers());
		this.slots = new ArrayBlockingQueue<>(workers * DEPTH);
		for (int i = 0; i < workers; i++) {
			this.all.add(new WorkerProcess(command(), settings.workerMaxResident().toBytes()));
		}
		for (int d = 0; d < DEPTH; d++) {
			this.slots.addAll(this.all);
		}
	}

	/** Extracts with the configured time limit. */
	public ExtractedText extract(Path file, String name) {
		return extract(file, name, this.settings.timeout());
	}

	/** Extracts with the given time limit. */
	public ExtractedText extract(Path file, String name, Duration timeout) {
		try {
			long size = Files.size(file);
			if (size == 0) {
				return ExtractedText.failed("Tệp rỗng (0 byte)");
			}
			if (size > this.settings.maxFileBytes()) {
				return ExtractedText.failed(
						"Tệp quá lớn để trích xuất (" + size + " byte, giới hạn " + this.settings.maxFileBytes() + ")");
			}
		}
		catch (IOException ex) {
			return ExtractedText.failed("Không đọc được tệp: " + ex.getMessage());
		}
		WorkerProcess.Call call;
		try {
			WorkerProcess worker = this.slots.take();
			try {
				call = call(worker, file, name == null ? file.getFileName().toString() : name, timeout);
			}
			finally {
				this.slots.add(worker);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ExtractedText.failed("Bị gián đoạn");
		}
		catch (IOException ex) {
			return ExtractedText.failed("Lỗi bộ trích xuất: " + ex.getClass().getSimpleName()
					+ (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
		}
		return outcome(call, timeout);
	}

	/** Sends the file until a worker answers, times out or dies on it. */
	private WorkerProcess.Call call(WorkerProcess worker, Path file, String name, Duration timeout)
			throws IOException, InterruptedException {
		WorkerProcess.Call call = null;
		for (int sent = 0; sent <= RESENDS; sent++) {
			call = worker.send(file, name, timeout);
			WorkerProcess.State state = call.await();
			while (state == WorkerProcess.State.PENDING) {
				// our own time limit has passed, or the file before ours may be stuck
				worker.enforce();
				if (call.expired()) {
					// ours was the file being parsed, past its limit: it has failed
					call.finish(WorkerProcess.State.TIMED_OUT, null);
				}
				state = call.await();
			}
			if (state != WorkerProcess.State.RESEND) {
				return call;
			}
		}
		return call;
	}

	private ExtractedText outcome(WorkerProcess.Call call, Duration timeout) {
		return switch (call.state()) {
			case REPLIED -> reply(call.reply());
			case TIMED_OUT -> ExtractedText.failed("Quá thời gian trích xuất (" + timeout.toSeconds() + " giây)");
			case DIED -> ExtractedText.failed("Bộ trích xuất bị dừng khi đọc tệp (tệp hỏng hoặc quá lớn)");
			default -> ExtractedText.failed("Lỗi bộ trích xuất: tiến trình trích xuất không chạy được");
		};
	}

	private ExtractedText reply(String line) {
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> reply = this.json.readValue(line, Map.class);
			if (Boolean.TRUE.equals(reply.get("ok"))) {
				return new ExtractedText(true, (String) reply.get("text"), null, Boolean.TRUE.equals(reply.get("ocr")));
			}
			return ExtractedText.failed((String) reply.get("error"));
		}
		catch (IOException ex) {
			return ExtractedText.failed("Lỗi bộ trích xuất: trả lời không đọc được (" + ex.getMessage() + ")");
		}
	}

	/** The worker processes, for tests. */
	List<WorkerProcess> workers() {
		return List.copyOf(this.all);
	}

	@PreDestroy
	void stop() {
		this.all.forEach(WorkerProcess::kill);
	}

	private List<String> command() {
		List<String> cmd = childJvm(ExtractionWorker.class.getName(), this.settings.workerHeap());
		cmd.add(this.settings.ocrLanguage());
		cmd.add(Integer.toString(this.settings.writeLimit()));
		return cmd;
	}

	/**
	 * The command line of a JVM like the extraction worker's (heap limit, serial
	 * collector, headless, UTF-8) running the given main class from this application's
	 * class path or boot jar; arguments go after it.
	 */
	public static List<String> childJvm(String mainClass, String heap) {
		List<String> cmd = new ArrayList<>();
		cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		cmd.add("-Xmx" + heap);
		cmd.add("-XX:+UseSerialGC");
		cmd.add("-Djava.awt.headless=true");
		cmd.add("-Dfile.encoding=UTF-8");
		String classpath = System.getProperty("java.class.path");
		cmd.add("-cp");
		cmd.add(classpath);
		if (isBootJar(classpath)) {
			cmd.add("-Dloader.main=" + mainClass);
			cmd.add("org.springframework.boot.loader.launch.PropertiesLauncher");
		}
		else {
			cmd.add(mainClass);
		}
		return cmd;
	}

	private static boolean isBootJar(String classpath) {
		if (classpath.contains(java.io.File.pathSeparator) || !classpath.endsWith(".jar")) {
			return false;
		}
		try (java.util.jar.JarFile jar = new java.util.jar.JarFile(classpath)) {
			return jar.getEntry("BOOT-INF/classes/") != null;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
