package vn.vanthu.platform.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long Vanthu waits for Elasticsearch. Searches and the health check are short: a
 * frozen or overloaded server makes them fail fast with "search temporarily unavailable"
 * instead of holding a request thread; writes (indexing, reindex) keep the long time-out,
 * since they are retried from the outbox anyway.
 *
 * @param connect time to open a connection
 * @param search time to answer a search (or count, get)
 * @param health time to answer the health check
 * @param other time to answer any other request (indexing, index management)
 */
@ConfigurationProperties("vanthu.search.timeouts")
public record SearchTimeouts(@DefaultValue("1s") Duration connect, @DefaultValue("5s") Duration search,
		@DefaultValue("1s") Duration health, @DefaultValue("30s") Duration other) {

}
