package vn.vanthu.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import vn.vanthu.ingest.bench.GenreDocuments;

/** Test documents in the genre, uploaded through the API. */
final class LibraryFixtures {

	private LibraryFixtures() {
	}

	/** A number unlikely to collide with other tests sharing the context. */
	static int uniqueNumber() {
		return ThreadLocalRandom.current().nextInt(10_000, 99_999);
	}

	static String document(String issuer, String number, LocalDate date, String kindTitle, String subject,
			String body) {
		return GenreDocuments.render(issuer, number, date, kindTitle, subject, body);
	}

	static ResponseEntity<Map<String, Object>> upload(TestRestTemplate rest, String user, String fileName,
			byte[] content, boolean isPublic, String... recipientUnits) {
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		for (String unit : recipientUnits) {
			form.add("units", unit);
		}
		form.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		form.add("public", Boolean.toString(isPublic));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return rest.withBasicAuth(user, "demo")
			.exchange("/api/documents", HttpMethod.POST, new HttpEntity<>(form, headers),
					new ParameterizedTypeReference<>() {
					});
	}

	static ResponseEntity<Map<String, Object>> uploadText(TestRestTemplate rest, String user, String text,
			boolean isPublic) {
		return upload(rest, user, "vb-" + uniqueNumber() + ".txt", text.getBytes(StandardCharsets.UTF_8), isPublic);
	}

	static Map<String, Object> get(TestRestTemplate rest, String user, String url) {
		return rest.withBasicAuth(user, "demo")
			.exchange(url, HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.getBody();
	}

	static List<Map<String, Object>> list(TestRestTemplate rest, String user, String url) {
		return rest.withBasicAuth(user, "demo")
			.exchange(url, HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.getBody();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> hits(Map<String, Object> result) {
		return (List<Map<String, Object>>) result.get("hits");
	}

	static List<Long> hitIds(Map<String, Object> result) {
		return hits(result).stream().map((h) -> ((Number) h.get("id")).longValue()).toList();
	}

	static long id(ResponseEntity<Map<String, Object>> response) {
		return ((Number) response.getBody().get("id")).longValue();
	}

}
