package vn.vanthu.ops;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the operations figures.
 *
 * @param figuresMaxAge how long a gauge's count is reused before it is asked again: a
 * scrape every 15 s then costs one set of queries every {@code figuresMaxAge}, whatever
 * the number of scrapers
 */
@ConfigurationProperties("vanthu.ops")
public record OpsSettings(@DefaultValue("30s") Duration figuresMaxAge) {

}
