package vn.vanthu.platform.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Elasticsearch is.
 *
 * @param url the server's URL; when blank Vanthu runs its own server (see
 * {@link Managed})
 * @param username basic-auth user, or blank
 * @param password basic-auth password, or blank
 * @param managed settings of the managed server
 */
@ConfigurationProperties("vanthu.search")
public record SearchProperties(String url, String username, String password, @DefaultValue Managed managed) {

	public boolean isManaged() {
		return this.url == null || this.url.isBlank();
	}

	/**
	 * The Elasticsearch that Vanthu starts itself for development and tests.
	 *
	 * @param home the unpacked distribution ({@code ./mvnw generate-resources} puts it in
	 * {@code target/elasticsearch})
	 * @param heap the JVM heap, e.g. {@code 512m}
	 * @param startupTimeout how long to wait for a healthy cluster
	 * @param runAsUser the unprivileged account used when Vanthu runs as root (created if
	 * missing), since Elasticsearch refuses to run as root
	 */
	public record Managed(@DefaultValue("target/elasticsearch/elasticsearch-8.19.21") Path home,
			@DefaultValue("512m") String heap, @DefaultValue("120s") Duration startupTimeout,
			@DefaultValue("vanthu-es") String runAsUser) {
	}

}
