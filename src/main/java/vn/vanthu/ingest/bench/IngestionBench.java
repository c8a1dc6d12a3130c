package vn.vanthu.ingest.bench;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.tika.parser.AutoDetectParser;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.DocumentOrigin;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.ingest.ExtractionWorker;
import vn.vanthu.ingest.IngestPipeline;
import vn.vanthu.ingest.IngestSettings;
import vn.vanthu.ingest.Ingestion;
import vn.vanthu.ingest.IsolatedExtractor;
import vn.vanthu.search.BulkLoading;
import vn.vanthu.search.SearchIndexer;
import vn.vanthu.search.SearchSettings;
import vn.vanthu.text.DocumentReader;
import vn.vanthu.text.VietnameseText;

/**
 * The ingestion part of {@code bench-library}: the same sample of files through
 * <ol>
 * <li>raw Tika on one thread (the worker's own extraction code), in this JVM and in a JVM
 * of its own configured as the worker's ({@link RawTikaRun}); the faster of the two is
 * the baseline;</li>
 * <li>the isolated worker JVM alone;</li>
 * <li>Vanthu's import path ({@link IngestPipeline}: store, isolated extraction, text
 * module, database, outbox, in a {@link BulkLoading} session) until Elasticsearch has
 * indexed every document;</li>
 * <li>the raw engines: raw Tika plus the very same index documents bulk-loaded straight
 * into a scratch index with the same mapping (the least any system on these two engines
 * pays).</li>
 * </ol>
 * Each engine and path is warmed up first on other files. Wall time and the CPU time of
 * this JVM and its child processes (worker JVMs, a managed Elasticsearch) are reported.
 */
@Component
class IngestionBench {

	/** Files raw Tika extracts before it is timed, in either JVM. */
	private static final int RAW_WARM_UP = 2000;

	private final IngestPipeline pipeline;

	private final IsolatedExtractor extractor;

	private final IngestSettings ingestSettings;

	private final SearchIndexer indexer;

	private final SearchSettings searchSettings;

	private final RestClient rest;

	private final BulkLoading bulkLoading;

	private final ObjectMapper json;

	IngestionBench(IngestPipeline pipeline, IsolatedExtractor extractor, IngestSettings ingestSettings,
			SearchIndexer indexer, SearchSettings searchSettings, RestClient rest, ObjectMapper json,
			BulkLoading bulkLoading) {
		this.bulkLoading = bulkLoading;
		this.pipeline = pipeline;
		this.extractor = extractor;
		this.ingestSettings = ingestSettings;
		this.indexer = indexer;
		this.searchSettings = searchSettings;
		this.rest = rest;
		this.json = json;
	}

	/**
	 * Runs the four measures on the sample; {@code warmUp} files (not in the sample) warm
	 * up Vanthu's path first and become documents too.
	 */
	Map<String, Object> run(List<Path> sample, List<Path> warmUp, PrintStream out) throws Exception {
		AutoDetectParser parser = new AutoDetectParser();
		int limit = this.ingestSettings.writeLimit();
		// warm-up: Tika on the sample's first files, Vanthu's whole path on other files
		// below; both sides are measured with their code compiled, as in a long import
		for (int i = 0; i < Math.min(RAW_WARM_UP, sample.size()); i++) {
			ExtractionWorker.extract(parser, sample.get(i), sample.get(i).getFileName().toString(), "vie", limit);
		}
		Map<String, Double> cpu0 = Latencies.cpuSeconds();
		double steal0 = Latencies.hostStealSeconds();
		long t0 = System.nanoTime();
		int rawFailed = 0;
		List<String> texts = new ArrayList<>();
		for (Path p : sample) {
			var r = ExtractionWorker.extract(parser, p, p.getFileName().toString(), "vie", limit);
			rawFailed += Boolean.TRUE.equals(r.get("ok")) ? 0 : 1;
			texts.add((String) r.get("text"));
		}
		double inProcess = (System.nanoTime() - t0) / 1e9;
		Map<String, Double> steal = new LinkedHashMap<>();
		steal.put("raw_tika_in_process", Latencies.round(Latencies.hostStealSeconds() - steal0));
		Map<String, Double> rawCpu = Latencies.cpuSince(cpu0);
		out.printf("Tika trực tiếp (trong JVM này): %d tệp trong %.1f s%n", sample.size(), inProcess);
		RawRun dedicated = rawInItsOwnJvm(sample, limit);
		steal.put("raw_tika_own_jvm", Latencies.round(dedicated.stealSeconds()));
		out.printf("Tika trực tiếp (JVM riêng): %d tệp trong %.1f s%n", sample.size(), dedicated.seconds());
		// the baseline is the faster of the two: the harder one to come close to
		double raw = Math.min(inProcess, dedicated.seconds());
		if (dedicated.seconds() < inProcess) {
			rawCpu = Map.of("total", dedicated.cpuSeconds());
		}
		long tt = System.nanoTime();
		for (String text : texts) {
			if (text != null) {
				DocumentReader.read(VietnameseText.nfc(text));
			}
		}
		double textModule = (System.nanoTime() - tt) / 1e9;
		for (int i = 0; i < Math.min(500, sample.size()); i++) {
			this.extractor.extract(sample.get(i), sample.get(i).getFileName().toString());
		}
		long ti = System.nanoTime();
		for (Path p : sample) {
			this.extractor.extract(p, p.getFileName().toString());
		}
		double isolated = (System.nanoTime() - ti) / 1e9;
		out.printf("Tika trong tiến trình cách ly: %d tệp trong %.1f s%n", sample.size(), isolated);

		Ingestion.Options options = new Ingestion.Options(null, Set.of(new UnitCode("XA-BATIEU-VP")), true,
				DocumentOrigin.IMPORTED, DocumentStatus.ISSUED);
		// the warm-up takes the measured path, bulk-loading session included: its code
		// is compiled in both JVMs before the clock starts (Elasticsearch's as well)
		try (BulkLoading.Session bulk = this.bulkLoading.open()) {
			ingest(warmUp, options);
			this.indexer.drain();
		}
		out.printf("Đo đường nhập của Vanthu trên %d tệp…%n", sample.size());
		Map<String, Long> es1 = engineStats();
		Map<String, Double> cpu1 = Latencies.cpuSeconds();
		double steal1 = Latencies.hostStealSeconds();
		long t1 = System.nanoTime();
		Outcome outcome;
		SearchIndexer.Drain drain;
		try (BulkLoading.Session bulk = this.bulkLoading.open()) {
			outcome = ingest(sample, options);
			drain = this.indexer.drain();
		}
		double vanthu = (System.nanoTime() - t1) / 1e9;
		steal.put("vanthu", Latencies.round(Latencies.hostStealSeconds() - steal1));
		Map<String, Double> vanthuCpu = Latencies.cpuSince(cpu1);
		Map<String, Long> vanthuEs = since(es1, engineStats());
		out.printf("Vanthu (lưu, trích xuất cách ly, text, CSDL, chỉ mục): %d tệp trong %.1f s%n", sample.size(),
				vanthu);

		// raw Tika again in its own JVM right after: how much the machine's own speed
		// drifted between the baseline and Vanthu's run (minutes apart on a shared host)
		RawRun after = rawInItsOwnJvm(sample, limit);
		steal.put("raw_tika_own_jvm_after_vanthu", Latencies.round(after.stealSeconds()));
		out.printf("Tika trực tiếp (JVM riêng, đo lại sau Vanthu): %d tệp trong %.1f s%n", sample.size(),
				after.seconds());

		Straight straight = indexStraight(outcome.ids());
		double rawEs = straight.seconds();
		Map<String, Double> rawEsCpu = straight.cpu();
		int rawIndexed = straight.documents();
		out.printf("Elasticsearch trực tiếp: %d văn bản trong %.1f s%n", rawIndexed, rawEs);

		double engines = raw + rawEs;
		double enginesCpu = rawCpu.get("total") + rawEsCpu.get("total");
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("files", sample.size());
		m.put("warm_up_files", warmUp.size());
		m.put("extraction_workers", this.ingestSettings.workers());
		m.put("raw_tika_seconds", Latencies.round(raw));
		m.put("raw_tika_in_process_seconds", Latencies.round(inProcess));
		m.put("raw_tika_own_jvm_seconds", Latencies.round(dedicated.seconds()));
		m.put("raw_tika_own_jvm_cpu_seconds", Latencies.round(dedicated.cpuSeconds()));
		m.put("raw_tika_own_jvm_failed", dedicated.failed());
		m.put("raw_tika_own_jvm_after_vanthu_seconds", Latencies.round(after.seconds()));
		// CPU time the hypervisor took from the machine during each timed pass: the
		// usual cause of the raw baseline's drift between runs on a shared host
		m.put("host_steal_seconds", steal);
		m.put("raw_tika_files_per_s", Latencies.round(sample.size() / raw));
		m.put("raw_tika_failed", rawFailed);
		m.put("raw_tika_cpu_seconds", rawCpu);
		m.put("text_module_seconds", Latencies.round(textModule));
		m.put("isolated_tika_seconds", Latencies.round(isolated));
		m.put("ratio_isolated_over_raw_tika", Latencies.round(isolated / raw));
		m.put("raw_elasticsearch_seconds", Latencies.round(rawEs));
		m.put("raw_elasticsearch_documents", rawIndexed);
		m.put("raw_elasticsearch_cpu_seconds", rawEsCpu);
		m.put("raw_elasticsearch_ms", straight.engine());
		m.put("vanthu_seconds", Latencies.round(vanthu));
		m.put("vanthu_files_per_s", Latencies.round(sample.size() / vanthu));
		m.put("vanthu_cpu_seconds", vanthuCpu);
		m.put("vanthu_elasticsearch_ms", vanthuEs);
		m.put("vanthu_extraction_failed", outcome.extractionFailed());
		m.put("vanthu_not_recorded", outcome.notRecorded());
		m.put("vanthu_already_present", outcome.existing());
		m.put("indexed_by_final_drain", drain.indexed());
		m.put("ratio_vanthu_over_raw_tika", Latencies.round(vanthu / raw));
		m.put("ratio_vanthu_over_raw_tika_after_vanthu", Latencies.round(vanthu / after.seconds()));
		m.put("ratio_vanthu_over_raw_tika_plus_text_module", Latencies.round(vanthu / (raw + textModule)));
		m.put("ratio_vanthu_over_raw_engines", Latencies.round(vanthu / engines));
		m.put("ratio_cpu_vanthu_over_raw_tika", Latencies.round(vanthuCpu.get("total") / rawCpu.get("total")));
		m.put("ratio_cpu_vanthu_over_raw_engines", Latencies.round(vanthuCpu.get("total") / enginesCpu));
		m.put("path", "Vanthu: IngestPipeline as the import command (store, isolated Tika worker JVM running ahead"
				+ " of the recording thread, text module, DB, outbox) until the outbox is drained into"
				+ " Elasticsearch. Raw engines: the worker's extraction code on one thread (the faster of this JVM and"
				+ " a JVM of its own configured as the worker's), plus the"
				+ " same index documents bulk-loaded into a scratch index with the same mapping. CPU seconds"
				+ " count this JVM and its child processes (worker JVMs, the managed Elasticsearch)");
		out.printf(
				"Tỉ lệ thời gian: %.2f× Tika, %.2f× Tika + Elasticsearch; CPU: %.2f× Tika, %.2f× Tika +"
						+ " Elasticsearch%n",
				vanthu / raw, vanthu / engines, vanthuCpu.get("total") / rawCpu.get("total"),
				vanthuCpu.get("total") / enginesCpu);
		return m;
	}

	/** The timed pass of {@link RawTikaRun}. */
	private record RawRun(double seconds, int failed, double cpuSeconds, double stealSeconds) {
	}

	/**
	 * Raw Tika on the sample in a JVM of its own ({@link RawTikaRun}, configured as the
	 * worker's), warmed up as the in-process run is.
	 */
	private RawRun rawInItsOwnJvm(List<Path> sample, int limit) throws Exception {
		Path list = Files.createTempFile("bench-sample-", ".txt");
		try {
			Files.write(list, sample.stream().map((p) -> p.toAbsolutePath().toString()).toList(),
					StandardCharsets.UTF_8);
			List<String> cmd = IsolatedExtractor.childJvm(RawTikaRun.class.getName(), this.ingestSettings.workerHeap());
			cmd.addAll(List.of(list.toString(), Integer.toString(RAW_WARM_UP), Integer.toString(limit)));
			Process process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			String line = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			if (process.waitFor() != 0 || line.isEmpty()) {
				throw new IllegalStateException("Raw Tika run failed (exit " + process.exitValue() + ")");
			}
			String[] f = line.split(" ");
			return new RawRun(Double.parseDouble(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
					Double.parseDouble(f[3]));
		}
		finally {
			Files.deleteIfExists(list);
		}
	}

	private record Straight(int documents, double seconds, Map<String, Double> cpu, Map<String, Long> engine) {
	}

	private record Outcome(List<Long> ids, int existing, int extractionFailed, int notRecorded) {
	}

	private Outcome ingest(List<Path> files, Ingestion.Options options) throws InterruptedException {
		List<Long> ids = new ArrayList<>();
		int[] counts = new int[3];
		this.pipeline.run(files, options, new IngestPipeline.Listener() {

			@Override
			public void ingested(Path file, Ingestion.Result result) {
				ids.add(result.document().id().value());
				counts[0] += result.existing() ? 1 : 0;
				counts[1] += result.document().extraction().failed() ? 1 : 0;
			}

			@Override
			public void failed(Path file, Exception cause) {
				counts[2]++;
			}

		});
		return new Outcome(ids, counts[0], counts[1], counts[2]);
	}

	/**
	 * Bulk-loads the index documents Vanthu wrote for these ids into a scratch index with
	 * the same mapping, in batches of the indexer's size, and refreshes it; the index is
	 * deleted afterwards. Only the loading and the refresh are timed.
	 */
	private Straight indexStraight(List<Long> ids) throws Exception {
		List<JsonNode> sources = new ArrayList<>();
		int batch = this.searchSettings.batchSize();
		for (int i = 0; i < ids.size(); i += batch) {
			Request get = new Request("POST", "/" + this.searchSettings.readAlias() + "/_mget");
			get.setJsonEntity(this.json.writeValueAsString(Map.of("ids",
					ids.subList(i, Math.min(ids.size(), i + batch)).stream().map(String::valueOf).toList())));
			JsonNode docs = this.json.readTree(this.rest.performRequest(get).getEntity().getContent()).get("docs");
			docs.forEach((d) -> {
				if (d.path("found").asBoolean()) {
					sources.add(d.get("_source"));
				}
			});
		}
		String index = "bench-raw-" + System.currentTimeMillis();
		Request create = new Request("PUT", "/" + index);
		try (InputStream mapping = new ClassPathResource(this.searchSettings.mapping()).getInputStream()) {
			create.setJsonEntity(new String(mapping.readAllBytes(), StandardCharsets.UTF_8));
		}
		this.rest.performRequest(create);
		try {
			Map<String, Long> es = engineStats();
			Map<String, Double> cpu = Latencies.cpuSeconds();
			long start = System.nanoTime();
			for (int i = 0; i < sources.size(); i += batch) {
				StringBuilder body = new StringBuilder();
				for (JsonNode source : sources.subList(i, Math.min(sources.size(), i + batch))) {
					body.append("{\"index\":{\"_id\":\"").append(source.path("id").asText()).append("\"}}\n");
					body.append(this.json.writeValueAsString(source)).append('\n');
				}
				Request bulk = new Request("POST", "/" + index + "/_bulk");
				bulk.setJsonEntity(body.toString());
				this.rest.performRequest(bulk);
			}
			this.rest.performRequest(new Request("POST", "/" + index + "/_refresh"));
			double seconds = (System.nanoTime() - start) / 1e9;
			return new Straight(sources.size(), seconds, Latencies.cpuSince(cpu), since(es, engineStats()));
		}
		finally {
			this.rest.performRequest(new Request("DELETE", "/" + index));
		}
	}

	/**
	 * Where Elasticsearch spends its time, node-wide: milliseconds indexing, refreshing,
	 * merging, flushing and collecting garbage, and its bulk requests.
	 */
	private Map<String, Long> engineStats() throws java.io.IOException {
		JsonNode node = this.json
			.readTree(this.rest.performRequest(new Request("GET", "/_nodes/_local/stats/indices,jvm,process"))
				.getEntity()
				.getContent())
			.path("nodes")
			.elements()
			.next();
		JsonNode indices = node.path("indices");
		Map<String, Long> m = new LinkedHashMap<>();
		m.put("process_cpu", node.path("process").path("cpu").path("total_in_millis").asLong());
		m.put("indexing", indices.path("indexing").path("index_time_in_millis").asLong());
		m.put("documents_indexed", indices.path("indexing").path("index_total").asLong());
		m.put("refresh", indices.path("refresh").path("total_time_in_millis").asLong());
		m.put("merges", indices.path("merges").path("total_time_in_millis").asLong());
		m.put("flush", indices.path("flush").path("total_time_in_millis").asLong());
		m.put("bulk_requests", indices.path("bulk").path("total_operations").asLong());
		m.put("bulk_time", indices.path("bulk").path("total_time_in_millis").asLong());
		long gc = 0;
		for (JsonNode collector : node.path("jvm").path("gc").path("collectors")) {
			gc += collector.path("collection_time_in_millis").asLong();
		}
		m.put("gc", gc);
		return m;
	}

	private static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
		Map<String, Long> m = new LinkedHashMap<>();
		after.forEach((k, v) -> m.put(k, v - before.getOrDefault(k, 0L)));
		return m;
	}

}
