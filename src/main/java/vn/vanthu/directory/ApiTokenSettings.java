package vn.vanthu.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API token settings ({@code vanthu.api-tokens.*}).
 *
 * @param defaultLifetime how long a token lives when its owner does not say (90 days)
 * @param maxLifetime the longest lifetime a token may be given (365 days)
 * @param lastUsedFlush how often last uses are written to the database (1 minute)
 */
@ConfigurationProperties("vanthu.api-tokens")
record ApiTokenSettings(@DefaultValue("P90D") Duration defaultLifetime, @DefaultValue("P365D") Duration maxLifetime,
		@DefaultValue("PT1M") Duration lastUsedFlush) {
}
