package vn.vanthu.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Ingests many files as a pipeline: stores and extracts the next files (on as many
 * threads as there are extraction workers) while the calling thread records those already
 * prepared, up to {@value #BATCH} per transaction, so that the database work overlaps the
 * parsing instead of following it. Files are recorded in the order given; each file's
 * outcome, success or failure, reaches the listener in that order, and one file's failure
 * never stops the others (a failed batch is recorded again file by file).
 */
@Component
public class IngestPipeline {

	/** Files recorded in one transaction at most. */
	static final int BATCH = 16;

	/** Characters of text per transaction at most (about 16 MB in memory). */
	private static final long BATCH_CHARS = 8_000_000;

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
				// two files per worker in flight, and room for a batch to gather while
				// the previous one is recorded
				while (next.hasNext() && ahead.size() < 2 * workers + BATCH) {
					Path file = next.next();
					ahead.add(new SimpleEntry<>(file, pool.submit(() -> prepare(file))));
				}
				record(ready(ahead), options, listener);
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

	/** A file taken from the look-ahead: prepared, or failed to prepare. */
	private record Item(Path file, Ingestion.Prepared prepared, Exception failure) {
	}

	/**
	 * The next files in order: the first one (waiting for it), then those after it that
	 * are prepared already, up to a batch.
	 */
	private List<Item> ready(Deque<Map.Entry<Path, Future<Ingestion.Prepared>>> ahead) throws InterruptedException {
		List<Item> batch = new ArrayList<>();
		long chars = 0;
		do {
			Map.Entry<Path, Future<Ingestion.Prepared>> head = ahead.poll();
			try {
				Ingestion.Prepared prepared = head.getValue().get();
				batch.add(new Item(head.getKey(), prepared, null));
				chars += (prepared.extracted() == null || prepared.extracted().text() == null) ? 0
						: prepared.extracted().text().length();
			}
			catch (ExecutionException ex) {
				batch.add(new Item(head.getKey(), null,
						ex.getCause() instanceof Exception cause ? cause : new IllegalStateException(ex.getCause())));
			}
		}
		while (!ahead.isEmpty() && ahead.peek().getValue().isDone() && batch.size() < BATCH && chars < BATCH_CHARS);
		return batch;
	}

	/**
	 * Records the prepared files of a batch in one transaction, or file by file when that
	 * fails, and reports every outcome in the order of the files.
	 */
	private void record(List<Item> batch, Ingestion.Options options, Listener listener) {
		List<Ingestion.Prepared> prepared = batch.stream().map(Item::prepared).filter(Objects::nonNull).toList();
		Iterator<Ingestion.Result> recorded = null;
		if (prepared.size() > 1) {
			try {
				recorded = this.ingestion.recordAll(prepared, options).iterator();
			}
			catch (RuntimeException ex) {
				// rolled back as a whole: each file on its own below
			}
		}
		for (Item item : batch) {
			if (item.failure() != null) {
				listener.failed(item.file(), item.failure());
			}
			else if (recorded != null) {
				listener.ingested(item.file(), recorded.next());
			}
			else {
				try {
					listener.ingested(item.file(), this.ingestion.record(item.prepared(), options));
				}
				catch (RuntimeException ex) {
					listener.failed(item.file(), ex);
				}
			}
		}
	}

}
