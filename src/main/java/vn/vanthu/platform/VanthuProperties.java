package vn.vanthu.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Installation-wide settings.
 *
 * @param dataDir the folder holding the embedded database, stored files and the managed
 * Elasticsearch's data ({@code vanthu.data-dir}, default {@code ./data})
 */
@ConfigurationProperties("vanthu")
public record VanthuProperties(@DefaultValue("./data") Path dataDir) {

	/** A sub-folder of the data folder, e.g. {@code files} or {@code elasticsearch}. */
	public Path dataPath(String name) {
		return this.dataDir.resolve(name).toAbsolutePath().normalize();
	}

}
