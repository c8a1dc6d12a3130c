package vn.vanthu.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs are JSON when the operator asks with Spring Boot's own variable
 * ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}, with the banner off as the README
 * says): every line of a JVM started so is one JSON object, Vietnamese intact; plain text
 * otherwise. A JVM of its own, since logging is set up once per JVM.
 */
class JsonLogsTests {

	final ObjectMapper json = new ObjectMapper();

	@Test
	void everyLineIsAnEcsJsonObjectWhenAsked() throws Exception {
		List<String> lines = run(Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs", "SPRING_MAIN_BANNER_MODE", "off"));
		assertThat(lines).isNotEmpty();
		List<JsonNode> records = new ArrayList<>();
		for (String line : lines) {
			records.add(this.json.readTree(line));
		}
		assertThat(records).allSatisfy((r) -> assertThat(r.has("@timestamp")).isTrue()).anySatisfy((r) -> {
			assertThat(r.path("message").asText()).isEqualTo("Văn bản số 15/UBND-VP đã lưu");
			assertThat(r.path("log").path("level").asText()).isEqualTo("INFO");
			assertThat(r.path("log").path("logger").asText()).isEqualTo(JsonLogProbe.class.getName());
			assertThat(r.path("service").path("name").asText()).isEqualTo("vanthu");
		});
	}

	@Test
	void linesArePlainTextByDefault() throws Exception {
		List<String> lines = run(Map.of());
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("INFO")
			.contains("Văn bản số 15/UBND-VP đã lưu")
			.doesNotStartWith("{"));
	}

	private static List<String> run(Map<String, String> environment) throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				"-Dfile.encoding=UTF-8", JsonLogProbe.class.getName());
		builder.environment().putAll(environment);
		builder.redirectErrorStream(true);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output.lines().filter((line) -> !line.isBlank()).toList();
	}

}
