package vn.vanthu.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One-time links with which new people set their first password
 * ({@code vanthu.password-links.*}).
 *
 * @param lifetime how long a link works when unused (7 days: an import on Friday is still
 * usable the next week; ADR 0012)
 */
@ConfigurationProperties("vanthu.password-links")
record PasswordLinkSettings(@DefaultValue("P7D") Duration lifetime) {
}
