package vn.vanthu.ingest.bench;

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

}
