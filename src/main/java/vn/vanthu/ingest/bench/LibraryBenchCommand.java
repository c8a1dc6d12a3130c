package vn.vanthu.ingest.bench;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.springframework.stereotype.Component;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentAccess;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentOrigin;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.document.DocumentView;
import vn.vanthu.document.Documents;
import vn.vanthu.document.Extraction;
import vn.vanthu.document.NewDocument;
import vn.vanthu.document.Reader;
import vn.vanthu.document.StoredFile;
import vn.vanthu.document.StoredFiles;
import vn.vanthu.platform.VanthuCommand;
import vn.vanthu.search.BulkLoading;
import vn.vanthu.search.DocumentSearch;
import vn.vanthu.search.SearchIndexer;
import vn.vanthu.search.SearchQuery;

/**
 * {@code java -jar vanthu.jar bench-library [N] [--sample S] [--warm-up W] [--queries Q] [--threads T]
 * [--user LOGIN]}: the library benchmark, in one run.
 * <ol>
 * <li>writes N generated documents as files (plain text, every fifth of the sample as
 * DOCX) under {@code target/bench/files};</li>
 * <li>ingestion: the first S files through raw Tika (the worker's own extraction code,
 * in-process, no isolation) and then through Vanthu's path (store, isolated worker, text
 * module, database, outbox drained to Elasticsearch), each warmed up first (Vanthu's path
 * on W other files, 20,000 by default); the ratio of the two times;</li>
 * <li>loads the other N−S documents with their text given (text module, database, outbox,
 * index; no Tika) on T threads;</li>
 * <li>search latency of the service behind {@code GET /api/search} (reader lookup, query
 * building, Elasticsearch through the Java client, result mapping and JSON serialisation;
 * no HTTP server) against the same request body posted straight to Elasticsearch with the
 * low-level client, interleaved query by query;</li>
 * <li>number lookups behind {@code GET /api/documents?number=} in varied spellings.</li>
 * </ol>
 * Figures go to {@code target/bench/library.json}.
 */
@Component
class LibraryBenchCommand implements VanthuCommand {

	private final IngestionBench ingestionBench;

	private final SearchBench searchBench;

	private final BulkLoading bulkLoading;

	private final Documents documents;

	private final StoredFiles files;

	private final DocumentAccess access;

	private final DocumentSearch search;

	private final SearchIndexer indexer;

	private final ObjectMapper json;

	LibraryBenchCommand(IngestionBench ingestionBench, SearchBench searchBench, Documents documents, StoredFiles files,
			DocumentAccess access, DocumentSearch search, SearchIndexer indexer, ObjectMapper json,
			BulkLoading bulkLoading) {
		this.ingestionBench = ingestionBench;
		this.searchBench = searchBench;
		this.bulkLoading = bulkLoading;
		this.documents = documents;
		this.files = files;
		this.access = access;
		this.search = search;
		this.indexer = indexer;
		this.json = json;
	}

	@Override
	public String name() {
		return "bench-library";
	}

	@Override
	public String description() {
		return "bench-library [N] [--sample S] [--warm-up W] [--queries Q] [--threads T] [--user LOGIN]: library benchmark";
	}

	@Override
	public int run(List<String> args) throws Exception {
		Options o = Options.parse(args);
		PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
				StandardCharsets.UTF_8);
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("started", Instant.now().toString());
		report.put("documents", o.n());
		report.put("sample", o.sample());
		report.put("threads", o.threads());
		report.put("cpus", Runtime.getRuntime().availableProcessors());
		Path dir = Path.of("target/bench/files-" + o.seed());
		out.printf("Tạo %d văn bản mẫu trong %s ...%n", o.n(), dir);
		GenreDocuments generator = new GenreDocuments(o.seed());
		List<GenreDocuments.Spec> specs = new ArrayList<>(o.n());
		List<Path> paths = new ArrayList<>(o.n());
		int docx = 0;
		for (int i = 0; i < o.n(); i++) {
			GenreDocuments.Spec spec = generator.next(3 + i % 5);
			// the warm-up files have the sample's mix of formats, so that Vanthu's path
			// is compiled for both before it is measured, as raw Tika's is
			boolean warmUp = i >= Math.max(o.sample(), o.n() - o.warmUp());
			boolean isDocx = (i < o.sample() || warmUp) && i % 5 == 4;
			docx += (isDocx && i < o.sample()) ? 1 : 0;
			specs.add(spec);
			paths.add(BenchFiles.write(dir, i, spec.text(), isDocx));
		}
		report.put("sample_docx", docx);
		report.put("ingestion", this.ingestionBench.run(paths.subList(0, o.sample()),
				paths.subList(Math.max(o.sample(), o.n() - o.warmUp()), o.n()), out));
		report.put("bulk_load", bulkLoad(specs, paths, o, out));
		Reader reader = this.access.readerOf(o.user());
		report.put("reader", Map.of("user", reader.username(), "units", reader.units().toString()));
		report.put("search", this.searchBench.run(reader, o.password(), o.queries(), out));
		report.put("number_lookup", numberFigures(specs, reader, o, out));
		report.put("finished", Instant.now().toString());
		Path target = Path.of("target/bench/library.json");
		Files.createDirectories(target.getParent());
		this.json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(target.toFile(), report);
		out.println(this.json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
		out.println("Đã ghi " + target.toAbsolutePath());
		return 0;
	}

	private Map<String, Object> bulkLoad(List<GenreDocuments.Spec> specs, List<Path> paths, Options o, PrintStream out)
			throws Exception {
		int from = o.sample();
		int count = o.n() - from;
		AtomicInteger next = new AtomicInteger(from);
		AtomicInteger failures = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		long t0 = System.nanoTime();
		SearchIndexer.Drain drain;
		// the same bulk-load session as the import command
		try (BulkLoading.Session bulk = this.bulkLoading.open()) {
			ExecutorService pool = Executors.newFixedThreadPool(o.threads());
			List<Future<?>> tasks = new ArrayList<>();
			for (int t = 0; t < o.threads(); t++) {
				tasks.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < o.n(); i = next.getAndIncrement()) {
						if (!loadOne(specs.get(i), paths.get(i), i)) {
							failures.incrementAndGet();
						}
						int d = done.incrementAndGet();
						if (d % 2000 == 0) {
							this.indexer.drain();
							double s = (System.nanoTime() - t0) / 1e9;
							out.printf("  %d/%d văn bản, %.0f vb/s%n", d, count, d / s);
						}
					}
					return null;
				}));
			}
			for (Future<?> f : tasks) {
				f.get();
			}
			pool.shutdown();
			drain = this.indexer.drain();
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		out.printf("Nạp %d văn bản (có sẵn văn bản) trong %.1f s%n", count, seconds);
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("documents", count);
		m.put("seconds", Latencies.round(seconds));
		m.put("documents_per_s", Latencies.round(count / Math.max(seconds, 1e-9)));
		m.put("failed", failures.get());
		m.put("outbox_left", this.indexer.pending());
		m.put("last_drain_error", drain.lastError());
		m.put("path", "file stored + text given to Documents.create (text module, DB, outbox) + index; no Tika");
		return m;
	}

	private boolean loadOne(GenreDocuments.Spec spec, Path path, int i) {
		for (int attempt = 0; attempt < 3; attempt++) {
			try (InputStream in = Files.newInputStream(path)) {
				StoredFile file = this.files.store(in);
				if (this.documents.findByFile(file.sha256()).isPresent()) {
					return true;
				}
				// a third of the library is restricted to a recipient unit: the access
				// filter has work to do
				boolean open = i % 3 != 0;
				this.documents.create(new NewDocument(DocumentMetadata.empty(), DocumentOrigin.IMPORTED,
						DocumentStatus.ISSUED, Set.of(new UnitCode(open ? "XA-BATIEU-VP" : "SNV-QN")), open, null, file,
						path.getFileName().toString(), spec.text(), Extraction.extracted(null), null));
				return true;
			}
			catch (Exception ex) {
				// a lock conflict between the loader threads: try again
			}
		}
		return false;
	}

	private Map<String, Object> numberFigures(List<GenreDocuments.Spec> specs, Reader reader, Options o,
			PrintStream out) throws Exception {
		Random random = new Random(11);
		Latencies lookup = new Latencies();
		Latencies searchBox = new Latencies();
		int found = 0;
		int warm = 50;
		for (int i = 0; i < o.queries() + warm; i++) {
			String number = specs.get(random.nextInt(specs.size())).number();
			String spelled = switch (i % 4) {
				case 0 -> number;
				case 1 -> vn.vanthu.text.VietnameseText.fold(number);
				case 2 -> "Số: " + number.replace("/", " / ").replace("-", " - ");
				default -> number.toLowerCase(java.util.Locale.ROOT);
			};
			long t0 = System.nanoTime();
			Reader r = this.access.readerOf(reader.username());
			List<Document> docs = this.documents.findByNumber(spelled)
				.stream()
				.filter((d) -> this.access.canRead(d, r))
				.toList();
			this.json.writeValueAsBytes(docs.stream().map((d) -> DocumentView.of(d, this.documents, r)).toList());
			long t1 = System.nanoTime();
			this.json.writeValueAsBytes(this.search.search(SearchQuery.of(spelled), r));
			long t2 = System.nanoTime();
			if (i >= warm) {
				lookup.add(t1 - t0);
				searchBox.add(t2 - t1);
				found += docs.isEmpty() ? 0 : 1;
			}
		}
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("lookups", lookup.count());
		m.put("found", found);
		m.put("documents_by_number", lookup.summary());
		m.put("search_box_number_query", searchBox.summary());
		m.put("path", "GET /api/documents?number= service path (DB by folded number key, access check, full views"
				+ " with citations, JSON) and the search box with the number (Elasticsearch number_key)");
		out.printf("Tra số: p99 %.1f ms (CSDL), %.1f ms (ô tìm kiếm)%n", lookup.percentile(0.99),
				searchBox.percentile(0.99));
		return m;
	}

	record Options(int n, int sample, int warmUp, int queries, int threads, long seed, String user, String password) {

		static Options parse(List<String> args) {
			int n = 100_000;
			int sample = 2000;
			// long enough for the three JVMs' compilers to settle (after 5,000 files they
			// still took ~10 CPU-s of the measured 20,000 on 2 cores): an archive's
			// import is measured at its steady state
			int warmUp = 20_000;
			int queries = 1000;
			int threads = 2;
			long seed = 42;
			String user = "chuyenvien";
			String password = "demo";
			for (int i = 0; i < args.size(); i++) {
				String a = args.get(i);
				switch (a) {
					case "--sample" -> sample = Integer.parseInt(args.get(++i));
					case "--warm-up" -> warmUp = Integer.parseInt(args.get(++i));
					case "--queries" -> queries = Integer.parseInt(args.get(++i));
					case "--threads" -> threads = Integer.parseInt(args.get(++i));
					case "--seed" -> seed = Long.parseLong(args.get(++i));
					case "--user" -> user = args.get(++i);
					case "--password" -> password = args.get(++i);
					default -> {
						if (!a.startsWith("--")) {
							n = Integer.parseInt(a);
						}
					}
				}
			}
			return new Options(n, Math.min(sample, n), Math.max(0, warmUp), queries, Math.max(1, threads), seed, user,
					password);
		}

	}

}
