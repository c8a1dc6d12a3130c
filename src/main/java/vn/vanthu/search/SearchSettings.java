package vn.vanthu.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the document index.
 *
 * @param alias the base name: the read alias is {@code <alias>-read}, the write alias
 * {@code <alias>-write}, and indices are {@code <alias>-v<mapping>-<timestamp>}
 * @param mapping the mapping resource (versioned JSON)
 * @param mappingVersion the version number in the mapping resource's name
 * @param pollInterval how often the outbox is drained in the background
 * @param batchSize documents per bulk request, at most
 * @param maxBodyChars characters of a document's text indexed (the first ones; the whole
 * text stays stored and readable). One million is Elasticsearch's default
 * {@code index.highlight.max_analyzed_offset}, so any indexed text can be highlighted,
 * and keeps one document's entry (its text twice, exact and folded) near 2.5 MB
 * @param maxRequestBytes bytes per bulk request, at most (a document larger than this is
 * sent alone). Elasticsearch refuses with 429 a request over 10% of its heap (51 MB at
 * the managed server's 512 MB) and with 413 one over {@code http.max_content_length} (100
 * MB); its advice is 5 to 15 MB
 * @param backlogThreshold how long a change may wait for the index before health turns
 * {@code DEGRADED}
 * @param maxResultWindow the deepest hit a search may ask for (page × size + size); must
 * not exceed the index's {@code index.max_result_window} (Elasticsearch's default:
 * 10,000)
 */
@ConfigurationProperties("vanthu.library.search")
public record SearchSettings(@DefaultValue("vanthu-documents") String alias,
		@DefaultValue("search/documents-v2.json") String mapping, @DefaultValue("2") int mappingVersion,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("500") int batchSize,
		@DefaultValue("1000000") int maxBodyChars, @DefaultValue("10MB") DataSize maxRequestBytes,
		@DefaultValue("5m") Duration backlogThreshold, @DefaultValue("10000") int maxResultWindow) {

	public String readAlias() {
		return this.alias + "-read";
	}

	public String writeAlias() {
		return this.alias + "-write";
	}

}
