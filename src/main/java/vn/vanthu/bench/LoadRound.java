package vn.vanthu.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * One way of authenticating under load: its latencies and wall time, gathered over
 * batches of requests released together.
 */
final class LoadRound {

	private final String name;

	private final HttpClient client;

	private final List<Long> latencies = new ArrayList<>();

	private long wallNanos;

	private int failures;

	private int setCookies;

	LoadRound(String name, HttpClient client) {
		this.name = name;
		this.client = client;
	}

	String name() {
		return this.name;
	}

	/**
	 * Sends {@code concurrency} requests at once (each on its own thread, released by one
	 * latch) and waits for all; records each request's latency.
	 */
	void batch(ExecutorService pool, int concurrency, IntFunction<HttpRequest> request, boolean record)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<long[]>> futures = new ArrayList<>();
		for (int i = 0; i < concurrency; i++) {
			HttpRequest r = request.apply(i);
			futures.add(pool.submit(() -> {
				start.await();
				long t0 = System.nanoTime();
				HttpResponse<byte[]> response = this.client.send(r, HttpResponse.BodyHandlers.ofByteArray());
				long t1 = System.nanoTime();
				return new long[] { t1 - t0, response.statusCode(),
						response.headers().allValues("Set-Cookie").isEmpty() ? 0 : 1 };
			}));
		}
		long t0 = System.nanoTime();
		start.countDown();
		List<long[]> results = new ArrayList<>();
		for (Future<long[]> f : futures) {
			results.add(f.get());
		}
		long wall = System.nanoTime() - t0;
		if (record) {
			this.wallNanos += wall;
			for (long[] r : results) {
				this.latencies.add(r[0]);
				this.failures += (r[1] == 200) ? 0 : 1;
				this.setCookies += (int) r[2];
			}
		}
	}

	double percentile(double q) {
		long[] sorted = this.latencies.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(q * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
	}

	double throughput() {
		return this.latencies.size() / Math.max(this.wallNanos / 1e9, 1e-9);
	}

	Map<String, Object> summary() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("requests", this.latencies.size());
		m.put("failed", this.failures);
		m.put("responses_setting_a_cookie", this.setCookies);
		m.put("p50_ms", round(percentile(0.50)));
		m.put("p95_ms", round(percentile(0.95)));
		m.put("p99_ms", round(percentile(0.99)));
		m.put("mean_ms", round(this.latencies.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1e6));
		m.put("throughput_per_s", round(throughput()));
		return m;
	}

	static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

}
