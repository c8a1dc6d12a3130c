package vn.vanthu.ingest.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.elasticsearch.client.RestClient;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.vanthu.bench.FormLogin;
import vn.vanthu.document.DocumentAccess;
import vn.vanthu.document.Reader;
import vn.vanthu.search.DocumentSearch;
import vn.vanthu.search.SearchQuery;
import vn.vanthu.search.SearchSettings;
import vn.vanthu.text.VietnameseText;

/**
 * The search part of {@code bench-library}: each query three ways, interleaved query by
 * query after a warm-up:
 * <ol>
 * <li>{@code GET /api/search} over HTTP on this process's own server, in a session opened
 * by the login form as staff have it (security, access filter, query building,
 * Elasticsearch, JSON), as a client sees it;</li>
 * <li>the same service path without the HTTP server (what the API adds to the
 * engine);</li>
 * <li>the very request body the service builds, POSTed straight to Elasticsearch with the
 * same HTTP client as the first.</li>
 * </ol>
 * Half of the queries are typed without diacritics. A further figure times the same API
 * with HTTP Basic on every request, where each request verifies the password hash.
 */
@Component
class SearchBench {

	private final DocumentAccess access;

	private final DocumentSearch search;

	private final ElasticsearchClient client;

	private final RestClient rest;

	private final SearchSettings settings;

	private final ObjectMapper json;

	private final Environment environment;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	SearchBench(DocumentAccess access, DocumentSearch search, ElasticsearchClient client, RestClient rest,
			SearchSettings settings, ObjectMapper json, Environment environment) {
		this.access = access;
		this.search = search;
		this.client = client;
		this.rest = rest;
		this.settings = settings;
		this.json = json;
		this.environment = environment;
	}

	Map<String, Object> run(Reader reader, String password, int count, PrintStream out) throws Exception {
		List<String> queries = queries(count);
		String port = this.environment.getProperty("local.server.port");
		if (port == null) {
			throw new IllegalStateException("bench-library cần máy chủ web của chính nó (local.server.port)");
		}
		String base = "http://127.0.0.1:" + port;
		HttpClient browser = FormLogin.login(base, reader.username(), password);
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((reader.username() + ":" + password).getBytes(StandardCharsets.UTF_8));
		URI es = URI
			.create(this.rest.getNodes().get(0).getHost().toURI() + "/" + this.settings.readAlias() + "/_search");
		Latencies api = new Latencies();
		Latencies service = new Latencies();
		Latencies raw = new Latencies();
		Latencies withBasic = new Latencies();
		int warm = Math.min(50, queries.size());
		for (int i = 0; i < queries.size(); i++) {
			SearchQuery query = SearchQuery.of(queries.get(i));
			URI api0 = URI.create(base + "/api/search?q=" + URLEncoder.encode(queries.get(i), StandardCharsets.UTF_8));
			HttpRequest get = HttpRequest.newBuilder(api0).header("Accept", "application/json").build();
			long t0 = System.nanoTime();
			HttpResponse<byte[]> response = browser.send(get, HttpResponse.BodyHandlers.ofByteArray());
			long t1 = System.nanoTime();
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET /api/search trả về " + response.statusCode() + " cho "
						+ reader.username() + ": " + new String(response.body(), StandardCharsets.UTF_8));
			}
			Reader r = this.access.readerOf(reader.username());
			this.json.writeValueAsBytes(this.search.search(query, r));
			long t2 = System.nanoTime();
			String body = JsonpUtils.toJsonString(this.search.request(query, reader), this.client._jsonpMapper());
			HttpRequest post = HttpRequest.newBuilder(es)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			long t3 = System.nanoTime();
			HttpResponse<byte[]> direct = this.http.send(post, HttpResponse.BodyHandlers.ofByteArray());
			long t4 = System.nanoTime();
			if (direct.statusCode() != 200) {
				throw new IllegalStateException("Elasticsearch trả về " + direct.statusCode());
			}
			if (i >= warm) {
				api.add(t1 - t0);
				service.add(t2 - t1);
				raw.add(t4 - t3);
			}
			if (i % 10 == 0) {
				HttpRequest scripted = HttpRequest.newBuilder(api0)
					.header("Authorization", basic)
					.header("Accept", "application/json")
					.build();
				long t5 = System.nanoTime();
				this.http.send(scripted, HttpResponse.BodyHandlers.discarding());
				withBasic.add(System.nanoTime() - t5);
			}
		}
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("queries", api.count());
		m.put("warmup", warm);
		m.put("example_queries", queries.subList(0, Math.min(6, queries.size())));
		m.put("api", api.summary());
		m.put("service", service.summary());
		m.put("api_with_basic_auth_every_request", withBasic.summary());
		m.put("raw_elasticsearch", raw.summary());
		m.put("ratio_p50", Latencies.round(api.percentile(0.5) / raw.percentile(0.5)));
		m.put("ratio_p95", Latencies.round(api.percentile(0.95) / raw.percentile(0.95)));
		m.put("ratio_p99", Latencies.round(api.percentile(0.99) / raw.percentile(0.99)));
		m.put("api_path",
				"GET /api/search over HTTP (JDK HttpClient) in a session opened by the login form, on"
						+ " this process's server on a free loopback port: security, reader lookup, query building,"
						+ " Java client, JSON");
		m.put("basic_auth_note", "every tenth query also sent with HTTP Basic and no session: each such request"
				+ " verifies the bcrypt password hash");
		m.put("service_path", "the same service call without the HTTP server");
		m.put("raw_path",
				"the request body the service builds, POSTed to the read alias with the same JDK" + " HttpClient");
		out.printf("Tìm kiếm: API (HTTP) p50 %.1f ms p99 %.1f ms; ES p50 %.1f ms p99 %.1f ms%n", api.percentile(0.5),
				api.percentile(0.99), raw.percentile(0.5), raw.percentile(0.99));
		return m;
	}

	/** A client with the session cookie of a form login, as a browser has it. */
	private static List<String> queries(int count) {
		Random random = new Random(7);
		List<String> queries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String topic = GenreDocuments.TOPICS[random.nextInt(GenreDocuments.TOPICS.length)];
			String sentence = GenreDocuments.SENTENCES[random.nextInt(GenreDocuments.SENTENCES.length)];
			String[] words = (random.nextBoolean() ? topic : sentence).replaceAll("[,.;]", "").split(" ");
			int start = random.nextInt(Math.max(1, words.length - 3));
			String q = String.join(" ", List.of(words).subList(start, Math.min(words.length, start + 2 + i % 3)));
			queries.add(i % 2 == 0 ? q : VietnameseText.fold(q));
		}
		return queries;
	}

}
