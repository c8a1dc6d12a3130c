package vn.vanthu.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a successful password check is remembered ({@code vanthu.security.*}).
 *
 * @param passwordCache how long a login and password that passed bcrypt are accepted
 * again without it (1 minute; {@code 0} turns the cache off)
 * @param passwordCacheSize the most logins remembered at once
 */
@ConfigurationProperties("vanthu.security")
record PasswordCheckSettings(@DefaultValue("PT1M") Duration passwordCache,
		@DefaultValue("10000") int passwordCacheSize) {
}
