package vn.vanthu.ingest.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.tika.parser.AutoDetectParser;

import vn.vanthu.ingest.ExtractionWorker;

/**
 * Raw Tika in a JVM of its own, as the extraction worker's JVM but without the worker's
 * protocol: {@code RawTikaRun LIST WARM_UP WRITE_LIMIT} extracts the first WARM_UP files
 * of the list (one path per line), then all of them, timed, on one thread, and prints the
 * seconds, the failures, the process's CPU seconds of the timed pass and the host's steal
 * seconds meanwhile ({@link Latencies#hostStealSeconds}). The benchmark's other raw
 * measure runs in the benchmark's own JVM, whose large heap and collector can make Tika
 * slower or faster than in a small dedicated JVM; the faster of the two is the baseline.
 */
public final class RawTikaRun {

	private RawTikaRun() {
	}

	public static void main(String[] args) throws Exception {
		PrintStream result = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
				StandardCharsets.UTF_8);
		System.setOut(System.err);
		List<Path> files = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream().map(Path::of).toList();
		int warmUp = Integer.parseInt(args[1]);
		int limit = Integer.parseInt(args[2]);
		AutoDetectParser parser = new AutoDetectParser();
		for (Path p : files.subList(0, Math.min(warmUp, files.size()))) {
			ExtractionWorker.extract(parser, p, p.getFileName().toString(), "vie", limit);
		}
		int failed = 0;
		double cpu = Latencies.cpu(ProcessHandle.current());
		double steal = Latencies.hostStealSeconds();
		long start = System.nanoTime();
		for (Path p : files) {
			failed += Boolean.TRUE.equals(
					ExtractionWorker.extract(parser, p, p.getFileName().toString(), "vie", limit).get("ok")) ? 0 : 1;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		result.println(seconds + " " + failed + " " + (Latencies.cpu(ProcessHandle.current()) - cpu) + " "
				+ (Latencies.hostStealSeconds() - steal));
	}

}
