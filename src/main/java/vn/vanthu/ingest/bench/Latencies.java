package vn.vanthu.ingest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latency samples in nanoseconds, summarised as milliseconds percentiles. */
final class Latencies {

	private long[] samples = new long[256];

	private int count;

	void add(long nanos) {
		if (this.count == this.samples.length) {
			this.samples = Arrays.copyOf(this.samples, this.count * 2);
		}
		this.samples[this.count++] = nanos;
	}

	int count() {
		return this.count;
	}

	/** The q-quantile (0..1) in milliseconds, nearest rank. */
	double percentile(double q) {
		if (this.count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.samples, this.count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(q * this.count) - 1;
		return sorted[Math.max(0, Math.min(this.count - 1, rank))] / 1e6;
	}

	double mean() {
		long sum = 0;
		for (int i = 0; i < this.count; i++) {
			sum += this.samples[i];
		}
		return this.count == 0 ? Double.NaN : sum / 1e6 / this.count;
	}

	Map<String, Object> summary() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("count", this.count);
		m.put("p50_ms", round(percentile(0.50)));
		m.put("p95_ms", round(percentile(0.95)));
		m.put("p99_ms", round(percentile(0.99)));
		m.put("mean_ms", round(mean()));
		return m;
	}

	static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

	/**
	 * CPU seconds used so far by this JVM and its live child processes, by kind:
	 * {@code vanthu} (this JVM), {@code extraction} (worker JVMs), {@code elasticsearch}
	 * (a managed server) and {@code other}; {@code total} sums them.
	 */
	static Map<String, Double> cpuSeconds() {
		Map<String, Double> m = new java.util.LinkedHashMap<>();
		m.put("vanthu", cpu(ProcessHandle.current()));
		// of which the JIT compilers and the garbage collector: high while code is still
		// warming up, or when allocation is
		m.putAll(jvmThreads());
		m.put("extraction", 0.0);
		m.put("elasticsearch", 0.0);
		m.put("other", 0.0);
		// a PostgreSQL server is not a child process, but its work is part of ours
		m.put("postgresql",
				ProcessHandle.allProcesses()
					.filter((p) -> p.info().command().orElse("").contains("postgres"))
					.mapToDouble(Latencies::cpu)
					.sum());
		ProcessHandle.current().descendants().forEach((p) -> {
			String line = p.info().commandLine().orElse("");
			String kind = line.contains("ExtractionWorker") ? "extraction"
					: line.contains("elasticsearch") ? "elasticsearch" : "other";
			m.merge(kind, cpu(p), Double::sum);
		});
		m.put("total",
				m.entrySet()
					.stream()
					.filter((e) -> !e.getKey().startsWith("vanthu_"))
					.mapToDouble(Map.Entry::getValue)
					.sum());
		return m;
	}

	/** The difference of two {@link #cpuSeconds()} readings, rounded. */
	static Map<String, Double> cpuSince(Map<String, Double> before) {
		Map<String, Double> now = cpuSeconds();
		Map<String, Double> m = new java.util.LinkedHashMap<>();
		now.forEach((k, v) -> m.put(k, round(v - before.getOrDefault(k, 0.0))));
		return m;
	}

	/**
	 * CPU seconds of this JVM's compiler and collector threads, read from
	 * {@code /proc/self/task} (Linux); elsewhere the compilers' elapsed time stands in.
	 */
	private static Map<String, Double> jvmThreads() {
		Map<String, Double> m = new LinkedHashMap<>();
		m.put("vanthu_jit", 0.0);
		m.put("vanthu_gc", 0.0);
		Path tasks = Path.of("/proc/self/task");
		if (!Files.isDirectory(tasks)) {
			m.put("vanthu_jit",
					java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3);
			return m;
		}
		try (var threads = Files.list(tasks)) {
			threads.forEach((t) -> {
				try {
					String name = Files.readString(t.resolve("comm")).trim();
					String kind = name.contains("Compiler") ? "vanthu_jit"
							: (name.startsWith("GC ") || name.startsWith("G1 ")) ? "vanthu_gc" : null;
					if (kind != null) {
						String stat = Files.readString(t.resolve("stat"));
						// after the name in parentheses: state is field 3, utime and
						// stime 14 and 15
						String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						m.merge(kind, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0, Double::sum);
					}
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended meanwhile
				}
			});
		}
		catch (IOException ex) {
			// no figures then
		}
		return m;
	}

	/**
	 * CPU seconds the hypervisor has taken from this machine's cores since boot ("steal",
	 * {@code /proc/stat}; 0 where not reported): on a shared host, the difference of two
	 * readings tells how much of a measured span the machine itself was not given.
	 */
	static double hostStealSeconds() {
		try {
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			// "cpu user nice system idle iowait irq softirq steal ...", in 1/100 s
			return cpu.length > 8 ? Long.parseLong(cpu[8]) / 100.0 : 0;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/** CPU seconds the process has used so far (0 where not reported). */
	static double cpu(ProcessHandle p) {
		return p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L) / 1e9;
	}

}
