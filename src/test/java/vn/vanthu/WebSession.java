package vn.vanthu;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session for tests: logs in through the form (with its CSRF token), keeps
 * the session cookie, and does not follow redirects, so that tests see exactly what the
 * server answered.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	/** What a browser asks for: pages get the login redirect rather than a 401. */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final String base;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	private WebSession(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** An anonymous session against {@code http://localhost:port}. */
	public static WebSession anonymous(int port) {
		return new WebSession("http://localhost:" + port);
	}

	/** A session logged in through the login form; fails if the login is refused. */
	public static WebSession login(int port, String username, String password) {
		WebSession session = anonymous(port);
		HttpResponse<String> response = session.submitLogin(username, password);
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException(
					"login of " + username + " refused: " + response.statusCode() + " " + location);
		}
		return session;
	}

	/**
	 * A demo user's session that chose English (the choice stays in its cookie), as
	 * {@code ?lang=en} on any page does.
	 */
	public static WebSession loginInEnglish(int port, String username) {
		WebSession session = login(port, username, "demo");
		int status = session.get("/tasks?lang=en").statusCode();
		if (status != 200) {
			throw new IllegalStateException("choosing English answered " + status);
		}
		return session;
	}

	/**
	 * Posts the login form and returns the raw answer (302 to / on success, to
	 * /login?error otherwise).
	 */
	public HttpResponse<String> submitLogin(String username, String password) {
		String token = csrfToken(get("/login").body());
		return postForm("/login", "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token));
	}

	public HttpResponse<String> get(String path) {
		return send(
				HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", BROWSER_ACCEPT).GET().build());
	}

	/** A GET whose answer is binary (an export). */
	public HttpResponse<byte[]> getBytes(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", BROWSER_ACCEPT).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Posts a form, adding the CSRF token of the given page when {@code body} lacks one.
	 */
	public HttpResponse<String> postForm(String path, String body) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", BROWSER_ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Posts a multipart/form-data body (see {@link #multipart}) as a browser form would.
	 */
	public HttpResponse<String> postMultipart(String path, String boundary, byte[] body) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", BROWSER_ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	/**
	 * A multipart/form-data body: text fields, then one file field when {@code fileName}
	 * is not {@code null}.
	 */
	public static byte[] multipart(String boundary, java.util.Map<String, String> fields, String fileField,
			String fileName, byte[] content) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> out.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		if (fileName != null) {
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
					+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			out.writeBytes(content);
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** The value of a cookie the server set, if any (e.g. {@code JSESSIONID}). */
	public java.util.Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst();
	}

	/** The CSRF token of a page's first form. */
	public static String csrfToken(String html) {
		Matcher m = CSRF.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token in page");
		}
		return m.group(1);
	}

	private HttpResponse<String> send(HttpRequest request) {
		return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return this.http.send(request, body);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
