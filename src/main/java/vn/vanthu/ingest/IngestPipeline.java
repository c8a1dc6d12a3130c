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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.vanthu.document.LibraryStatistics;

/**
 * Ingests many files as a pipeline: stores and extracts the next files (on a few more
 * threads than there are extraction workers, so that a worker never waits while a file is
 * stored) while the calling thread records those already prepared, up to {@value #BATCH}
 * per transaction, so that the database work overlaps the parsing instead of following
 * it. Files are recorded in the order given; each file's outcome, success or failure,
 * reaches the listener in that order, and one file's failure never stops the others (a
 * failed batch is recorded again file by file). The database's statistics are refreshed
 * as the library grows ({@link LibraryStatistics}).
 */
@Component
public class IngestPipeline {

	/** Files recorded in one transaction at most. */
	static final int BATCH = 16;

	/** Characters of text per transaction at most (about 16 MB in memory). */
	private static final long BATCH_CHARS = 8_000_000;

	/**
	 * How long a batch waits for its next files once its first is ready: long enough for
	 * a few extractions (a few milliseconds each), short enough that a slow file (OCR)
	 * does not hold back the files before it.
	 */
	private static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

	/** Files recorded before the database's statistics are first refreshed. */
	static final int FIRST_ANALYSIS = 1000;

	private final Ingestion ingestion;

	private final IngestSettings settings;

	private final LibraryStatistics statistics;

	IngestPipeline(Ingestion ingestion, IngestSettings settings, LibraryStatistics statistics) {
		this.ingestion = ingestion;
		this.settings = settings;
		this.statistics = statistics;
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
		// threads beyond the workers store and look up the next files (disk writes,
		// commits) while the workers parse, so that no worker waits for them
		ExecutorService pool = Executors.newFixedThreadPool(workers + 3, (r) -> {
			Thread t = new Thread(r, "ingest-prepare-" + threads.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		try {
			Deque<Map.Entry<Path, Future<Ingestion.Prepared>>> ahead = new ArrayDeque<>();
			Iterator<Path> next = files.iterator();
			long recorded = 0;
			long analysis = FIRST_ANALYSIS;
			fill(ahead, next, pool, workers);
			while (!ahead.isEmpty()) {
				List<Item> batch = ready(ahead);
				// the files behind the batch go to the workers before it is recorded:
				// otherwise the workers would have only what was left over from the
				// gathering while a batch is recorded, and would wait for the recorder
				fill(ahead, next, pool, workers);
				record(batch, options, listener);
				recorded += batch.size();
				if (recorded >= analysis) {
					// at 1,000, 4,000, 16,000, ... files: the tables' growth is what
					// outpaces the database's own analyses
					this.statistics.refresh();
					analysis *= 4;
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Queues the next files for preparation: two per worker in flight, and a batch more
	 * to gather while the previous one is recorded.
	 */
	private void fill(Deque<Map.Entry<Path, Future<Ingestion.Prepared>>> ahead, Iterator<Path> next,
			ExecutorService pool, int workers) {
		while (next.hasNext() && ahead.size() < 2 * workers + BATCH) {
			Path file = next.next();
			ahead.add(new SimpleEntry<>(file, pool.submit(() -> prepare(file))));
		}
	}

	private Ingestion.Prepared prepare(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return this.ingestion.prepare(in, file.getFileName().toString());
		}
	}

	/** A file taken from the look-ahead: prepared, or failed to prepare. */
	private record Item(Path file, Ingestion.Prepared prepared, Exception failure) {
	}

	/**
	 * The next files in order: the first one (waiting for it), then those after it that
	 * are prepared within {@link #GATHER_NANOS} of it, up to a batch. Without the wait a
	 * recorder faster than the extraction would record one file per transaction.
	 */
	private List<Item> ready(Deque<Map.Entry<Path, Future<Ingestion.Prepared>>> ahead) throws InterruptedException {
		List<Item> batch = new ArrayList<>();
		batch.add(take(ahead.poll(), Long.MAX_VALUE));
		long until = System.nanoTime() + GATHER_NANOS;
		long chars = chars(batch.get(0));
		while (!ahead.isEmpty() && batch.size() < BATCH && chars < BATCH_CHARS) {
			Item next = take(ahead.peek(), until - System.nanoTime());
			if (next == null) {
				break;
			}
			ahead.poll();
			batch.add(next);
			chars += chars(next);
		}
		return batch;
	}

	/**
	 * The entry's outcome, waiting for it at most {@code nanos}; {@code null} when it is
	 * not ready by then.
	 */
	private static Item take(Map.Entry<Path, Future<Ingestion.Prepared>> entry, long nanos)
			throws InterruptedException {
		try {
			return new Item(entry.getKey(), entry.getValue().get(Math.max(0, nanos), TimeUnit.NANOSECONDS), null);
		}
		catch (TimeoutException ex) {
			return null;
		}
		catch (ExecutionException ex) {
			return new Item(entry.getKey(), null,
					ex.getCause() instanceof Exception cause ? cause : new IllegalStateException(ex.getCause()));
		}
	}

	private static long chars(Item item) {
		Ingestion.Prepared prepared = item.prepared();
		return (prepared == null || prepared.extracted() == null || prepared.extracted().text() == null) ? 0
				: prepared.extracted().text().length();
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
