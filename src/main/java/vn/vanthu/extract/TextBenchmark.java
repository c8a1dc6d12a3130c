package vn.vanthu.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.vanthu.text.DocumentFacts;
import vn.vanthu.text.DocumentReader;

/**
 * The {@code bench-text [MB]} command: full extraction on one thread over a generated
 * corpus (fixed seed), after a warm-up; prints the figures and writes
 * {@code target/bench/text-extraction.json}.
 */
public final class TextBenchmark {

	private static final long SEED = 20240216L;

	private TextBenchmark() {
	}

	/**
	 * Runs the benchmark.
	 * @param args optional corpus size in MB (default 20)
	 * @param out where the summary goes
	 * @return 0
	 */
	public static int run(List<String> args, PrintStream out) {
		double megabytes = args.isEmpty() ? 20 : Double.parseDouble(args.get(0));
		List<String> corpus = new ArrayList<>();
		long bytes = 0;
		Random random = new Random(SEED);
		while (bytes < megabytes * 1_000_000) {
			String doc = SampleDocuments.next(random);
			corpus.add(doc);
			bytes += doc.getBytes(StandardCharsets.UTF_8).length;
		}
		long warmEnd = System.nanoTime() + 5_000_000_000L;
		int warm = 0;
		while (System.nanoTime() < warmEnd && warm < corpus.size() * 2) {
			DocumentReader.read(corpus.get(warm % corpus.size()));
			warm++;
		}
		long facts = 0;
		long start = System.nanoTime();
		for (String doc : corpus) {
			DocumentFacts f = DocumentReader.read(doc);
			facts += f.citations().size() + f.deadlines().size() + f.assignments().size();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("documents", corpus.size());
		result.put("megabytes", bytes / 1e6);
		result.put("seconds", seconds);
		result.put("megabytesPerSecond", bytes / 1e6 / seconds);
		result.put("documentsPerSecond", corpus.size() / seconds);
		result.put("factsFound", facts);
		result.put("threads", 1);
		result.put("warmupDocuments", warm);
		result.put("java", System.getProperty("java.version"));
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

}
