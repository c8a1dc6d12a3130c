package vn.vanthu.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.vanthu.text.DocumentFacts;
import vn.vanthu.text.DocumentReader;

/**
 * The {@code bench-text [MB] [ITERATIONS]} command: full extraction on one thread over a
 * generated corpus (fixed seed). A warm-up of at least one pass and five seconds is
 * followed by measured passes over the whole corpus (5 by default); the median and best
 * pass are reported and written to {@code target/bench/text-extraction.json}. On a shared
 * machine compare medians taken in the same session.
 */
public final class TextBenchmark {

	private static final long SEED = 20240216L;

	private static final long WARMUP_NANOS = 5_000_000_000L;

	private TextBenchmark() {
	}

	/** Runs the benchmark outside Spring: {@code java -cp … TextBenchmark [MB] [N]}. */
	public static void main(String[] args) {
		System.exit(run(List.of(args), System.out));
	}

	/**
	 * Runs the benchmark.
	 * @param args optional corpus size in MB (default 20) and number of measured passes
	 * (default 5, at least 1)
	 * @param out where the summary goes
	 * @return 0
	 */
	public static int run(List<String> args, PrintStream out) {
		double megabytes = args.isEmpty() ? 20 : Double.parseDouble(args.get(0));
		int iterations = args.size() < 2 ? 5 : Math.max(1, Integer.parseInt(args.get(1)));
		List<String> corpus = new ArrayList<>();
		long bytes = 0;
		long chars = 0;
		Random random = new Random(SEED);
		while (bytes < megabytes * 1_000_000) {
			String doc = SampleDocuments.next(random);
			corpus.add(doc);
			bytes += doc.getBytes(StandardCharsets.UTF_8).length;
			chars += doc.length();
		}
		// Warm-up: at least one full pass and at least five seconds.
		long warmStart = System.nanoTime();
		int warm = 0;
		long sink = 0;
		while (warm < corpus.size() || System.nanoTime() - warmStart < WARMUP_NANOS) {
			sink += checksum(DocumentReader.read(corpus.get(warm % corpus.size())));
			warm++;
		}
		double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
		double[] seconds = new double[iterations];
		double[] cpuSeconds = new double[iterations];
		long facts = 0;
		for (int it = 0; it < iterations; it++) {
			long passFacts = 0;
			long cpuStart = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
			long start = System.nanoTime();
			for (String doc : corpus) {
				passFacts += checksum(DocumentReader.read(doc));
			}
			seconds[it] = (System.nanoTime() - start) / 1e9;
			cpuSeconds[it] = cpuTime ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : seconds[it];
			facts = passFacts;
		}
		double median = median(seconds);
		double best = Arrays.stream(seconds).min().orElse(0);
		double cpuMedian = median(cpuSeconds);
		double mb = bytes / 1e6;
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("documents", corpus.size());
		result.put("megabytes", round(mb));
		result.put("characters", chars);
		result.put("iterations", iterations);
		result.put("medianSeconds", round(median));
		result.put("medianMegabytesPerSecond", round(mb / median));
		result.put("bestMegabytesPerSecond", round(mb / best));
		result.put("worstMegabytesPerSecond", round(mb / Arrays.stream(seconds).max().orElse(0)));
		result.put("medianDocumentsPerSecond", round(corpus.size() / median));
		result.put("bestDocumentsPerSecond", round(corpus.size() / best));
		result.put("passMegabytesPerSecond", Arrays.stream(seconds).map((s) -> round(mb / s)).toArray());
		// Per second of this thread's CPU time: steadier than wall time on a shared
		// machine.
		result.put("medianMegabytesPerCpuSecond", round(mb / cpuMedian));
		result.put("medianDocumentsPerCpuSecond", round(corpus.size() / cpuMedian));
		result.put("factsFound", facts);
		result.put("threads", 1);
		result.put("warmupDocuments", warm);
		result.put("warmupSeconds", round(warmSeconds));
		result.put("availableProcessors", Runtime.getRuntime().availableProcessors());
		result.put("java", System.getProperty("java.version"));
		result.put("warmupChecksum", sink);
		out.printf(Locale.ROOT,
				"bench-text: %d documents, %.2f MB, %d passes: median %.2f MB/s (%.0f docs/s), best %.2f MB/s;"
						+ " per CPU second: %.2f MB/s (%.0f docs/s)%n",
				corpus.size(), mb, iterations, mb / median, corpus.size() / median, mb / best, mb / cpuMedian,
				corpus.size() / cpuMedian);
		try {
			ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
			String json = mapper.writeValueAsString(result);
			Path dir = Path.of("target", "bench");
			Files.createDirectories(dir);
			Files.writeString(dir.resolve("text-extraction.json"), json + "\n");
			out.println(json);
		}
		catch (IOException ex) {
			out.println("could not write target/bench/text-extraction.json: " + ex.getMessage());
		}
		return 0;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static long checksum(DocumentFacts f) {
		return f.citations().size() + f.deadlines().size() + f.assignments().size() + (f.number() == null ? 0 : 1)
				+ (f.signer() == null ? 0 : 1) + f.noiNhan().size();
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
