package vn.vanthu;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application on a random port, against the test database (in-memory H2, or
 * PostgreSQL when {@code VANTHU_DB_URL} is set) and the shared managed Elasticsearch,
 * with the demo world (users {@code chuyenvien}, {@code vanthu}, … all with password
 * {@code demo}). The job executor is off: tests execute jobs explicitly. Tests share one
 * context, so they create their own data with unique names rather than assuming an empty
 * database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
public @interface VanthuIntegrationTest {

}
