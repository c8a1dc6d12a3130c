package vn.vanthu.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.DocumentOrigin;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.platform.VanthuCommand;
import vn.vanthu.search.BulkLoading;

/**
 * {@code java -jar vanthu.jar import DIR [--unit CODE]... [--public]}: loads an office's
 * archive. Recursive; shows a progress bar with rate and ETA; resumable, since files
 * already in the library (same SHA-256) are skipped; ends with the failures and their
 * reasons, and exits non-zero when any file failed. Without {@code --unit}, documents are
 * public.
 */
@Component
class ImportCommand implements VanthuCommand {

	private final IngestPipeline pipeline;

	private final BulkLoading bulkLoading;

	ImportCommand(IngestPipeline pipeline, BulkLoading bulkLoading) {
		this.pipeline = pipeline;
		this.bulkLoading = bulkLoading;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String description() {
		return "import DIR [--unit CODE]... [--public]: load every file under DIR into the library";
	}

	@Override
	public int run(List<String> args) throws IOException, InterruptedException {
		return run(args, System.out);
	}

	int run(List<String> args, PrintStream out) throws IOException, InterruptedException {
		Path dir = null;
		Set<UnitCode> units = new HashSet<>();
		boolean isPublic = false;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--public")) {
				isPublic = true;
			}
			else if (a.equals("--unit") && i + 1 < args.size()) {
				units.add(new UnitCode(args.get(++i)));
			}
			else if (dir == null && !a.startsWith("--")) {
				dir = Path.of(a);
			}
			else {
				out.println("Tham số không hợp lệ: " + a);
				return 2;
			}
		}
		if (dir == null || !Files.isDirectory(dir)) {
			out.println("Cách dùng: import THƯ_MỤC [--unit MÃ_ĐƠN_VỊ]... [--public]");
			return 2;
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(dir)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		Ingestion.Options options = new Ingestion.Options(null, units, isPublic || units.isEmpty(),
				DocumentOrigin.IMPORTED, DocumentStatus.ISSUED);
		Map<Path, String> failures = new LinkedHashMap<>();
		int[] counts = new int[2]; // created, skipped
		Progress progress = new Progress(files.size(), out);
		try (BulkLoading.Session bulk = this.bulkLoading.open()) {
			this.pipeline.run(files, options, new IngestPipeline.Listener() {

				@Override
				public void ingested(Path file, Ingestion.Result result) {
					if (result.existing()) {
						counts[1]++;
					}
					else {
						counts[0]++;
						if (result.document().extraction().failed()) {
							failures.put(file, result.document().extraction().reason());
						}
					}
					progress.step();
				}

				@Override
				public void failed(Path file, Exception cause) {
					failures.put(file, cause.getClass().getSimpleName() + ": " + cause.getMessage());
					progress.step();
				}

			});
		}
		int created = counts[0];
		int skipped = counts[1];
		out.printf("%nĐã nhập %d tệp mới, bỏ qua %d tệp đã có, %d tệp lỗi.%n", created, skipped, failures.size());
		for (Map.Entry<Path, String> failure : failures.entrySet()) {
			out.println("  - " + failure.getKey() + ": " + failure.getValue());
		}
		return failures.isEmpty() ? 0 : 1;
	}

	/** A one-line progress bar with rate and ETA. */
	static final class Progress {

		private final int total;

		private final PrintStream out;

		private final long started = System.nanoTime();

		private int done;

		Progress(int total, PrintStream out) {
			this.total = total;
			this.out = out;
		}

		void step() {
			this.done++;
			double seconds = Math.max(1e-3, (System.nanoTime() - this.started) / 1e9);
			double rate = this.done / seconds;
			long eta = rate > 0 ? Math.round((this.total - this.done) / rate) : 0;
			int width = 30;
			int filled = this.total == 0 ? width : (int) ((long) width * this.done / this.total);
			this.out.printf("\r[%s%s] %d/%d  %.1f tệp/s  còn %d:%02d", "#".repeat(filled), " ".repeat(width - filled),
					this.done, this.total, rate, eta / 60, eta % 60);
			this.out.flush();
		}

	}

}
