package vn.vanthu.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lockout and password rules ({@code vanthu.accounts.*}).
 *
 * @param maxFailures failed logins that lock a login name (5)
 * @param failureWindow failures further apart than this from the first one start the
 * count again (15 minutes)
 * @param lockDuration how long a lock lasts (15 minutes)
 * @param passwordMinLength the shortest password accepted (10)
 */
@ConfigurationProperties("vanthu.accounts")
public record AccountSettings(@DefaultValue("5") int maxFailures, @DefaultValue("PT15M") Duration failureWindow,
		@DefaultValue("PT15M") Duration lockDuration, @DefaultValue("10") int passwordMinLength) {

	public AccountSettings {
		if (maxFailures < 1 || passwordMinLength < 1) {
			throw new IllegalArgumentException("vanthu.accounts.max-failures and password-min-length must be ≥ 1");
		}
	}

}
