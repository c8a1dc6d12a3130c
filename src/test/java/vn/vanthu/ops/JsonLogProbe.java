package vn.vanthu.ops;

import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * Starts Spring Boot's logging with Vanthu's configuration (its application.yml is on the
 * class path) and logs one line, for {@link JsonLogsTests} to read from another JVM. Not
 * a {@code @SpringBootConfiguration}: the integration tests beside it would start it.
 */
public class JsonLogProbe {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(JsonLogProbe.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (var context = application.run(args)) {
			LoggerFactory.getLogger(JsonLogProbe.class).info("Văn bản số {} đã lưu", "15/UBND-VP");
		}
	}

}
