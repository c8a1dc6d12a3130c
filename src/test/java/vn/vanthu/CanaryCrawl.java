package vn.vanthu;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Crawls Vanthu as one user: pages from a few seeds following every same-origin link,
 * then every GET operation of the OpenAPI document with path and query parameters filled
 * from the ids the crawl has seen and the canary's own ids. Every answer (exports
 * unzipped) is searched for what the user must never learn: the canary's markers and its
 * ids in the places ids are written (links, id fields, "Văn bản #n").
 */
final class CanaryCrawl {

	/** Where the crawl does not go: signing out, static files, the engine's own tools. */
	private static final Pattern SKIP = Pattern
		.compile("^/(logout|camunda|engine-rest|css|js|webjars|swagger-ui|v3/api-docs|favicon|actuator)");

	private static final Pattern HREF = Pattern.compile("(?:href|src)=\"(/[^\"#]*)\"");

	private static final Pattern JSON_ID = Pattern
		.compile("\"[A-Za-z]*[Ii]d\"\\s*:\\s*(?:\\{\\s*\"value\"\\s*:\\s*)?(\\d+)");

	private final WebSession session;

	private final String user;

	private final Canary canary;

	private final int maxPages;

	private final Set<String> visited = new LinkedHashSet<>();

	private final Set<Long> seenIds = new LinkedHashSet<>();

	private final List<String> leaks = new ArrayList<>();

	CanaryCrawl(WebSession session, String user, Canary canary, int maxPages) {
		this.session = session;
		this.user = user;
		this.canary = canary;
		this.maxPages = maxPages;
	}

	/**
	 * What the crawl looks for.
	 *
	 * @param markers strings of the canary's number, subject and text, short and long (a
	 * marker the request itself carries is not looked for in its answer)
	 * @param documentIds the canary documents' ids
	 * @param draftIds the canary drafts' ids
	 * @param taskIds the canary follow-up tasks' ids
	 * @param fillIds ids to try in every path parameter besides those seen
	 * @param fillTexts values to try in every query parameter
	 */
	record Canary(List<String> markers, List<Long> documentIds, List<Long> draftIds, List<Long> taskIds,
			List<Long> fillIds, List<String> fillTexts) {
	}

	/** Crawls pages from the seeds, then the API; returns the leaks found. */
	List<String> run(List<String> seeds, String apiDocs) {
		crawlPages(seeds);
		walkApi(apiDocs);
		return this.leaks;
	}

	int requests() {
		return this.visited.size();
	}

	private void crawlPages(List<String> seeds) {
		Deque<String> queue = new ArrayDeque<>(seeds);
		int pages = 0;
		while (!queue.isEmpty() && pages < this.maxPages) {
			String path = queue.poll();
			if (!this.visited.add(path)) {
				continue;
			}
			pages++;
			String body = fetch(path);
			if (body == null) {
				continue;
			}
			Matcher m = HREF.matcher(body);
			while (m.find()) {
				String link = m.group(1).replace("&amp;", "&");
				if (!SKIP.matcher(link).find() && !this.visited.contains(link)) {
					queue.add(link);
				}
			}
		}
	}

	private void walkApi(String apiDocs) {
		JsonNode paths;
		try {
			paths = new ObjectMapper().readTree(apiDocs).path("paths");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Iterator<Map.Entry<String, JsonNode>> it = paths.fields();
		while (it.hasNext()) {
			Map.Entry<String, JsonNode> path = it.next();
			JsonNode get = path.getValue().get("get");
			if (get == null || SKIP.matcher(path.getKey()).find()) {
				continue;
			}
			List<String> query = new ArrayList<>();
			get.path("parameters").forEach((p) -> {
				if ("query".equals(p.path("in").asText())) {
					query.add(p.path("name").asText());
				}
			});
			for (String filled : fillPath(path.getKey())) {
				get(filled);
				for (String name : query) {
					for (String value : queryValues()) {
						get(filled + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
					}
				}
			}
		}
	}

	private List<String> queryValues() {
		List<String> values = new ArrayList<>(this.canary.fillTexts());
		this.canary.fillIds().forEach((id) -> values.add(Long.toString(id)));
		return values;
	}

	/**
	 * The path with its parameters filled: every id tried in the first, a few in the
	 * others.
	 */
	private List<String> fillPath(String template) {
		List<Long> pool = new ArrayList<>(this.canary.fillIds());
		this.seenIds.stream().filter((id) -> !pool.contains(id)).limit(4).forEach(pool::add);
		List<String> filled = new ArrayList<>();
		if (!template.contains("{")) {
			return List.of(template);
		}
		for (Long first : pool) {
			String path = template.replaceFirst("\\{[^}]+\\}", Long.toString(first));
			for (Long other : pool.subList(0, Math.min(2, pool.size()))) {
				String done = path.replaceAll("\\{sha256\\}", "0".repeat(64))
					.replaceAll("\\{no\\}", "1")
					.replaceAll("\\{[^}]+\\}", Long.toString(other));
				if (!filled.contains(done)) {
					filled.add(done);
				}
			}
		}
		return filled;
	}

	private void get(String path) {
		if (this.visited.add(path)) {
			fetch(path);
		}
	}

	/** Fetches a path (following same-origin redirects), checks it, returns its text. */
	private String fetch(String start) {
		String path = start;
		for (int hop = 0; hop < 5; hop++) {
			HttpResponse<byte[]> response = this.session.getBytes(path);
			String location = response.headers().firstValue("Location").orElse(null);
			String body = text(response);
			check(start, path, body);
			if (location == null || response.statusCode() / 100 != 3) {
				return body;
			}
			String next = URI.create(location).getRawPath();
			String q = URI.create(location).getRawQuery();
			path = q == null ? next : next + "?" + q;
			if (next == null || SKIP.matcher(path).find() || next.equals("/login")) {
				return body;
			}
		}
		return null;
	}

	private void check(String asked, String path, String body) {
		String typed = java.net.URLDecoder.decode(asked + " " + path, StandardCharsets.UTF_8);
		for (String marker : this.canary.markers()) {
			// what the user typed may be repeated to them ("no document numbered …"); the
			// longer markers around it are still looked for
			if (body.contains(marker) && !typed.contains(marker)) {
				this.leaks.add(this.user + " GET " + path + ": marker " + marker + " in " + around(body, marker));
			}
		}
		Matcher ids = JSON_ID.matcher(body);
		while (ids.find() && this.seenIds.size() < 200) {
			this.seenIds.add(Long.valueOf(ids.group(1)));
		}
		for (Long id : this.canary.documentIds()) {
			if (!echoes(asked, path, "documents", id)) {
				find(path, body, id,
						"(?:/documents/|\"(?:documentId|resolvedId)\"\\s*:\\s*|\"candidates\"\\s*:\\s*\\[[^\\]]*?"
								+ "|document=|data-document=\"|\"key\"\\s*:\\s*\"|Văn bản #)" + id + "(?!\\d)");
				if (path.startsWith("/api/documents") || path.startsWith("/api/search")) {
					find(path, body, id, "\"id\"\\s*:\\s*" + id + "(?!\\d)");
				}
			}
		}
		for (Long id : this.canary.draftIds()) {
			if (!echoes(asked, path, "drafts", id)) {
				find(path, body, id,
						"(?:/drafts/|\"draftId\"\\s*:\\s*(?:\\{\\s*\"value\"\\s*:\\s*)?)" + id + "(?!\\d)");
				if (path.equals("/api/drafts")) {
					find(path, body, id, "\"id\"\\s*:\\s*\\{\\s*\"value\"\\s*:\\s*" + id + "(?!\\d)");
				}
			}
		}
		for (Long id : this.canary.taskIds()) {
			if (!echoes(asked, path, "tasks", id)) {
				find(path, body, id,
						"(?:/followup/tasks/|\"taskId\"\\s*:\\s*(?:\\{\\s*\"value\"\\s*:\\s*)?)" + id + "(?!\\d)");
				if (path.startsWith("/api/followup/report")) {
					find(path, body, id, "\"id\"\\s*:\\s*\\{\\s*\"value\"\\s*:\\s*" + id + "(?!\\d)");
				}
			}
		}
	}

	/**
	 * A request that names the id itself, as an id of its kind ({@code /documents/42}) or
	 * a parameter's value, may have it repeated in its answer ("no document 42").
	 */
	private static boolean echoes(String asked, String path, String kind, Long id) {
		Pattern named = Pattern.compile("(?:/" + kind + "/|=)" + id + "(?!\\d)");
		return named.matcher(asked).find() || named.matcher(path).find();
	}

	private void find(String path, String body, Long id, String regex) {
		Matcher m = Pattern.compile(regex).matcher(body);
		if (m.find()) {
			this.leaks.add(this.user + " GET " + path + ": id " + id + " in " + around(body, m.group()));
		}
	}

	private static String around(String body, String found) {
		int at = body.indexOf(found);
		return "…" + body.substring(Math.max(0, at - 120), Math.min(body.length(), at + found.length() + 60))
			.replaceAll("\\s+", " ") + "…";
	}

	/** The answer as text; office files (zip) are read entry by entry. */
	private static String text(HttpResponse<byte[]> response) {
		byte[] bytes = response.body();
		if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
			StringBuilder all = new StringBuilder();
			try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
				for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
					all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return all.toString();
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
