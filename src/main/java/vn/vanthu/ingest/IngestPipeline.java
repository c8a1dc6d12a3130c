package vn.vanthu.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Ingests many files as a pipeline: stores and extracts the next files (on as many
 * threads as there are extraction workers) while the calling thread records the current
 * one, so that the database work overlaps the parsing instead of following it. Files are
 * recorded in the order given; each file's outcome, success or failure, reaches the
 * listener, and one file's failure never stops the others.
 */
@Component
public class IngestPipeline {

	private final Ingestion ingestion;

	private final IngestSettings settings;

	IngestPipeline(Ingestion ingestion, IngestSettings settings) {
		this.ingestion = ingestion;
		this.settings = settings;
	}

	/** What became of each file, in the order given. */
	public interface Listener {

		/** The file is a document now (new or already there). */
		void ingested(Path file, Ingestion.Result result);

		/** The file could not be stored or recorded (a document is not created). */
		void failed(Path file, Exception cause);

	}

	/**
	 * Ingests the files, blocking until each has been recorded or has failed.
	 * @throws InterruptedException when interrupted; files not yet recorded are left for
	 * a rerun (those already stored are found again by checksum)
	 */
	public void run(List<Path> files, Ingestion.Options options, Listener listener) throws InterruptedException {
		int workers = Math.max(1, this.settings.workers());
		AtomicInteger threads = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(workers, (r) -> {
			Thread t = new Thread(r, "ingest-prepare-" + threads.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		try {
			Deque<Map.Entry<Path, Future<Ingestion.Prepared>>> ahead = new ArrayDeque<>();
			Iterator<Path> next = files.iterator();
			while (next.hasNext() || !ahead.isEmpty()) {
				// two files per worker in flight: one parsing, one waiting, none idle
				while (next.hasNext() && ahead.size() < 2 * workers) {
					Path file = next.next();
					ahead.add(new SimpleEntry<>(file, pool.submit(() -> prepare(file))));
				}
				Map.Entry<Path, Future<Ingestion.Prepared>> head = ahead.poll();
				try {
					Ingestion.Prepared prepared = head.getValue().get();
					listener.ingested(head.getKey(), this.ingestion.record(prepared, options));
				}
				catch (ExecutionException ex) {
					listener.failed(head.getKey(), ex.getCause() instanceof Exception cause ? cause
							: new IllegalStateException(ex.getCause()));
				}
				catch (RuntimeException ex) {
					listener.failed(head.getKey(), ex);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Ingestion.Prepared prepare(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return this.ingestion.prepare(in, file.getFileName().toString(), null);
		}
	}

}
