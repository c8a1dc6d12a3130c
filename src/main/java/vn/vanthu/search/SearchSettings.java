package vn.vanthu.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the document index.
 *
 * @param alias the base name: the read alias is {@code <alias>-read}, the write alias
 * {@code <alias>-write}, and indices are {@code <alias>-v<mapping>-<timestamp>}
 * @param mapping the mapping resource (versioned JSON)
 * @param mappingVersion the version number in the mapping resource's name
 * @param pollInterval how often the outbox is drained in the background
 * @param batchSize outbox rows per bulk request
 * @param maxBodyChars characters of body text indexed per document
 */
@ConfigurationProperties("vanthu.library.search")
public record SearchSettings(@DefaultValue("vanthu-documents") String alias,
		@DefaultValue("search/documents-v2.json") String mapping, @DefaultValue("2") int mappingVersion,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("500") int batchSize,
		@DefaultValue("200000") int maxBodyChars) {

	public String readAlias() {
		return this.alias + "-read";
	}

	public String writeAlias() {
		return this.alias + "-write";
	}

}
