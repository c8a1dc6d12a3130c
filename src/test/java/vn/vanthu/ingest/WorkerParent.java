package vn.vanthu.ingest;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.util.unit.DataSize;

/**
 * A stand-in for the server in {@link WorkerRecyclingTests}: a JVM that extracts the file
 * given as argument in an extraction worker, prints {@code worker <pid>} once the worker
 * runs, and waits to be killed.
 */
public final class WorkerParent {

	private WorkerParent() {
	}

	public static void main(String[] args) throws Exception {
		IsolatedExtractor extractor = new IsolatedExtractor(new IngestSettings(Duration.ofMinutes(10), "256m",
				104_857_600, 5_000_000, "vie", 1, DataSize.ofBytes(0)));
		Thread extraction = new Thread(() -> extractor.extract(Path.of(args[0]), "bom.docx"), "extraction");
		extraction.setDaemon(true);
		extraction.start();
		WorkerProcess worker = extractor.workers().get(0);
		while (worker.pid() < 0) {
			Thread.sleep(50);
		}
		System.out.println("worker " + worker.pid());
		System.out.flush();
		Thread.sleep(Duration.ofMinutes(10).toMillis());
	}

}
