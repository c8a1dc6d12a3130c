package vn.vanthu.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Service;

/**
 * Extracts text from untrusted files in worker JVMs ({@link ExtractionWorker}) with a
 * heap limit, a per-file time limit and a limit on the text kept. A worker that hangs,
 * runs out of memory or dies is killed and replaced; the file gets a failure with the
 * reason, and the server never parses a file itself.
 */
@Service
public class IsolatedExtractor {

	private final IngestSettings settings;

	private final ObjectMapper json = new ObjectMapper();

	private final BlockingQueue<Worker> idle;

	private final List<Worker> all = new ArrayList<>();

	IsolatedExtractor(IngestSettings settings) {
		this.settings = settings;
		this.idle = new ArrayBlockingQueue<>(Math.max(1, settings.workers()));
		for (int i = 0; i < Math.max(1, settings.workers()); i++) {
			Worker w = new Worker();
			this.all.add(w);
			this.idle.add(w);
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
		Worker worker;
		try {
			worker = this.idle.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ExtractedText.failed("Bị gián đoạn");
		}
		try {
			return worker.extract(file, name == null ? file.getFileName().toString() : name, timeout);
		}
		finally {
			this.idle.add(worker);
		}
	}

	@PreDestroy
	void stop() {
		this.all.forEach(Worker::stop);
	}

	/** One worker process, started lazily and replaced after any failure. */
	private final class Worker {

		private Process process;

		private Writer requests;

		private BufferedReader replies;

		/**
		 * Waits for the worker's replies, so that the caller can give up after the time
		 * limit; one long-lived thread, as a thread per file costs more than a small
		 * file's extraction. A read left behind by a killed worker ends with its pipe.
		 */
		private final ExecutorService replyReader = Executors.newSingleThreadExecutor((r) -> {
			Thread t = new Thread(r, "extraction-replies");
			t.setDaemon(true);
			return t;
		});

		ExtractedText extract(Path file, String name, Duration timeout) {
			try {
				ensureStarted();
				String safeName = name.replaceAll("[\\t\\r\\n]", " ");
				this.requests.write(file.toAbsolutePath() + "\t" + safeName + "\n");
				this.requests.flush();
				BufferedReader reader = this.replies;
				String line = this.replyReader.submit(() -> {
					try {
						return reader.readLine();
					}
					catch (IOException ex) {
						return null;
					}
				}).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
				if (line == null) {
					kill();
					return ExtractedText.failed("Bộ trích xuất bị dừng khi đọc tệp (tệp hỏng hoặc quá lớn)");
				}
				@SuppressWarnings("unchecked")
				Map<String, Object> reply = IsolatedExtractor.this.json.readValue(line, Map.class);
				if (Boolean.TRUE.equals(reply.get("ok"))) {
					return new ExtractedText(true, (String) reply.get("text"), null,
							Boolean.TRUE.equals(reply.get("ocr")));
				}
				return ExtractedText.failed((String) reply.get("error"));
			}
			catch (TimeoutException ex) {
				kill();
				return ExtractedText.failed("Quá thời gian trích xuất (" + timeout.toSeconds() + " giây)");
			}
			catch (Exception ex) {
				kill();
				return ExtractedText.failed("Lỗi bộ trích xuất: " + ex.getClass().getSimpleName()
						+ (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
			}
		}

		private void ensureStarted() throws IOException {
			if (this.process != null && this.process.isAlive()) {
				return;
			}
			ProcessBuilder builder = new ProcessBuilder(command());
			builder.environment().put("OMP_THREAD_LIMIT", "1");
			builder.redirectError(ProcessBuilder.Redirect.DISCARD);
			this.process = builder.start();
			this.requests = new OutputStreamWriter(this.process.getOutputStream(), StandardCharsets.UTF_8);
			this.replies = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
		}

		private List<String> command() {
			List<String> cmd = new ArrayList<>();
			cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			cmd.add("-Xmx" + IsolatedExtractor.this.settings.workerHeap());
			cmd.add("-XX:+UseSerialGC");
			cmd.add("-Djava.awt.headless=true");
			cmd.add("-Dfile.encoding=UTF-8");
			String classpath = System.getProperty("java.class.path");
			cmd.add("-cp");
			cmd.add(classpath);
			if (isBootJar(classpath)) {
				cmd.add("-Dloader.main=" + ExtractionWorker.class.getName());
				cmd.add("org.springframework.boot.loader.launch.PropertiesLauncher");
			}
			else {
				cmd.add(ExtractionWorker.class.getName());
			}
			cmd.add(IsolatedExtractor.this.settings.ocrLanguage());
			cmd.add(Integer.toString(IsolatedExtractor.this.settings.writeLimit()));
			return cmd;
		}

		void stop() {
			kill();
			this.replyReader.shutdownNow();
		}

		synchronized void kill() {
			if (this.process != null) {
				this.process.descendants().forEach(ProcessHandle::destroyForcibly);
				this.process.destroyForcibly();
				this.process = null;
			}
		}

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
