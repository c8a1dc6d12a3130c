package vn.vanthu.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps working whatever database the rest of the suite uses: an H2
 * file database under the data folder, with the engine's and Vanthu's tables and the demo
 * world.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:file:${vanthu.data-dir}/h2-startup/db;MODE=LEGACY",
				"spring.datasource.username=sa", "spring.datasource.password=" })
@ActiveProfiles("demo")
class EmbeddedDefaultsStartupTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	VanthuProperties properties;

	@Autowired
	TestRestTemplate rest;

	@Test
	void startsOnAnH2FileDatabaseUnderTheDataFolder() throws Exception {
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
		}
		assertThat(Files.list(this.properties.dataPath("h2-startup")).map(Path::getFileName).map(Path::toString))
			.anyMatch((name) -> name.endsWith(".mv.db"));
		assertThat(this.rest.withBasicAuth("chutich", "demo").getForObject("/tasks", String.class))
			.contains("Việc cần làm");
	}

}
