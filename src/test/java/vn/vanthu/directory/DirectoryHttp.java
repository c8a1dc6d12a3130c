package vn.vanthu.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** HTTP calls of the directory tests: Basic or Bearer, JSON, multipart uploads. */
final class DirectoryHttp {

	private static final String BOUNDARY = "vanthu-test-boundary-7f3a";

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	DirectoryHttp(int port) {
		this.port = port;
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	HttpResponse<String> get(String path, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<byte[]> getBytes(String path, String authorization) {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Posts files as multipart/form-data: part name to (file name, bytes). */
	HttpResponse<String> upload(String path, String authorization, Map<String, Map.Entry<String, byte[]>> parts) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		parts.forEach((name, file) -> {
			write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
					+ file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			body.writeBytes(file.getValue());
			write(body, "\r\n");
		});
		write(body, "--" + BOUNDARY + "--\r\n");
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return this.http.send(request, handler);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
