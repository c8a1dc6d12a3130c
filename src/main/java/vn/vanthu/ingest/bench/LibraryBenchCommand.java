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

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

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
import vn.vanthu.search.SearchSettings;

/**
 * {@code java -jar vanthu.jar bench-library [N] [--sample S] [--queries Q] [--threads T]
 * [--user LOGIN]}: the library benchmark, in one run.
 * <ol>
 * <li>writes N generated documents as files (plain text, every fifth of the sample as
 * DOCX) under {@code target/bench/files};</li>
 * <li>ingestion: the first S files through raw Tika (the worker's own extraction code,
 * in-process, no isolation) and then through Vanthu's path (store, isolated worker, text
 * module, database, outbox drained to Elasticsearch); the ratio of the two times;</li>
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

	private final BulkLoading bulkLoading;

	private final Documents documents;

	private final StoredFiles files;

	private final DocumentAccess access;

	private final DocumentSearch search;

	private final SearchIndexer indexer;

	private final ElasticsearchClient client;

	private final RestClient rest;

	private final ObjectMapper json;

	private final SearchSettings searchSettings;

	LibraryBenchCommand(IngestionBench ingestionBench, Documents documents, StoredFiles files, DocumentAccess access,
			DocumentSearch search, SearchIndexer indexer, ElasticsearchClient client, RestClient rest,
			ObjectMapper json, SearchSettings searchSettings, BulkLoading bulkLoading) {
		this.ingestionBench = ingestionBench;
		this.bulkLoading = bulkLoading;
		this.documents = documents;
		this.files = files;
		this.access = access;
		this.search = search;
		this.indexer = indexer;
		this.client = client;
		this.rest = rest;
		this.json = json;
		this.searchSettings = searchSettings;
	}

	@Override
	public String name() {
		return "bench-library";
	}

	@Override
	public String description() {
		return "bench-library [N] [--sample S] [--queries Q] [--threads T] [--user LOGIN]: library benchmark";
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
			boolean isDocx = i < o.sample() && i % 5 == 4;
			docx += isDocx ? 1 : 0;
			specs.add(spec);
			paths.add(BenchFiles.write(dir, i, spec.text(), isDocx));
		}
		report.put("sample_docx", docx);
		report.put("ingestion", this.ingestionBench.run(paths.subList(0, o.sample()),
				paths.subList(Math.max(o.sample(), o.n() - 300), o.n()), out));
		report.put("bulk_load", bulkLoad(specs, paths, o, out));
		Reader reader = this.access.readerOf(o.user());
		report.put("reader", Map.of("user", reader.username(), "units", reader.units().toString()));
		report.put("search", searchFigures(reader, o, out));
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
				StoredFile file = this.files.store(in, "text/plain; charset=UTF-8");
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

	private Map<String, Object> searchFigures(Reader reader, Options o, PrintStream out) throws Exception {
		Random random = new Random(7);
		List<String> queries = new ArrayList<>();
		for (int i = 0; i < o.queries(); i++) {
			String topic = GenreDocuments.TOPICS[random.nextInt(GenreDocuments.TOPICS.length)];
			String sentence = GenreDocuments.SENTENCES[random.nextInt(GenreDocuments.SENTENCES.length)];
			String[] words = (random.nextBoolean() ? topic : sentence).replaceAll("[,.;]", "").split(" ");
			int start = random.nextInt(Math.max(1, words.length - 3));
			String q = String.join(" ", List.of(words).subList(start, Math.min(words.length, start + 2 + i % 3)));
			queries.add(i % 2 == 0 ? q : vn.vanthu.text.VietnameseText.fold(q));
		}
		Latencies api = new Latencies();
		Latencies raw = new Latencies();
		int warm = Math.min(50, queries.size());
		long hits = 0;
		for (int i = 0; i < queries.size(); i++) {
			SearchQuery query = SearchQuery.of(queries.get(i));
			long t0 = System.nanoTime();
			Reader r = this.access.readerOf(reader.username());
			byte[] body = this.json.writeValueAsBytes(this.search.search(query, r));
			long t1 = System.nanoTime();
			String request = JsonpUtils.toJsonString(this.search.request(query, reader), this.client._jsonpMapper());
			long t2 = System.nanoTime();
			Request post = new Request("POST", "/" + this.searchSettings.readAlias() + "/_search");
			post.setJsonEntity(request);
			Response response = this.rest.performRequest(post);
			byte[] rawBody = response.getEntity().getContent().readAllBytes();
			long t3 = System.nanoTime();
			if (i >= warm) {
				api.add(t1 - t0);
				raw.add(t3 - t2);
				hits += body.length > 0 && rawBody.length > 0 ? 1 : 0;
			}
		}
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("queries", api.count());
		m.put("warmup", warm);
		m.put("example_queries", queries.subList(0, Math.min(6, queries.size())));
		m.put("api", api.summary());
		m.put("raw_elasticsearch", raw.summary());
		m.put("ratio_p50", Latencies.round(api.percentile(0.5) / raw.percentile(0.5)));
		m.put("ratio_p95", Latencies.round(api.percentile(0.95) / raw.percentile(0.95)));
		m.put("ratio_p99", Latencies.round(api.percentile(0.99) / raw.percentile(0.99)));
		m.put("api_path", "service layer of GET /api/search: reader lookup + DocumentSearch.search (Java client)"
				+ " + JSON serialisation of the result; no HTTP server");
		m.put("raw_path", "the same request body POSTed to the read alias with the low-level RestClient");
		out.printf("Tìm kiếm: API p50 %.1f ms p99 %.1f ms; ES p50 %.1f ms p99 %.1f ms%n", api.percentile(0.5),
				api.percentile(0.99), raw.percentile(0.5), raw.percentile(0.99));
		return m;
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
			this.json.writeValueAsBytes(docs.stream().map((d) -> DocumentView.of(d, this.documents)).toList());
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

	record Options(int n, int sample, int queries, int threads, long seed, String user) {

		static Options parse(List<String> args) {
			int n = 100_000;
			int sample = 2000;
			int queries = 1000;
			int threads = 2;
			long seed = 42;
			String user = "chuyenvien";
			for (int i = 0; i < args.size(); i++) {
				String a = args.get(i);
				switch (a) {
					case "--sample" -> sample = Integer.parseInt(args.get(++i));
					case "--queries" -> queries = Integer.parseInt(args.get(++i));
					case "--threads" -> threads = Integer.parseInt(args.get(++i));
					case "--seed" -> seed = Long.parseLong(args.get(++i));
					case "--user" -> user = args.get(++i);
					default -> {
						if (!a.startsWith("--")) {
							n = Integer.parseInt(a);
						}
					}
				}
			}
			return new Options(n, Math.min(sample, n), queries, Math.max(1, threads), seed, user);
		}

	}

}
