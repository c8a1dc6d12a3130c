package vn.vanthu.account;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.actuate.audit.listener.AuditApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Username;

/**
 * Passwords: a person changes their own (the current one required; a wrong one counts as
 * a failed login), an administrator resets one to a temporary password that must be
 * changed at the next login. The hash stays in the directory; this module keeps whether a
 * change is due.
 */
@Service
public class Passwords {

	/** Audit event types. */
	public static final String CHANGED = "PASSWORD_CHANGED", CHANGE_REFUSED = "PASSWORD_CHANGE_FAILURE",
			RESET = "PASSWORD_RESET";

	private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final Directory directory;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final LoginLocks locks;

	private final JdbcClient jdbc;

	private final AccountClock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final SecureRandom random = new SecureRandom();

	/** Who must change their password: asked on every request, so kept in memory. */
	private final Set<String> mustChange = ConcurrentHashMap.newKeySet();

	private volatile boolean mustChangeLoaded;

	Passwords(Directory directory, PasswordEncoder encoder, PasswordPolicy policy, LoginLocks locks, JdbcClient jdbc,
			AccountClock clock, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		this.directory = directory;
		this.encoder = encoder;
		this.policy = policy;
		this.locks = locks;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Changes a person's own password.
	 * @throws PasswordRejected when the current password is wrong, the login is locked or
	 * the new one breaks the policy; nothing is changed then
	 */
	public void change(Username who, String current, String next) {
		if (this.locks.lockedUntil(who.value()).isPresent()) {
			throw rejected(List.of(PasswordRule.LOCKED));
		}
		String hash = this.directory.passwordHash(who).orElse(null);
		if (hash == null || current == null || !this.encoder.matches(current, hash)) {
			// guessing the current password from a stolen session counts like guessing a
			// login
			this.locks.recordFailure(who.value());
			audit(who, CHANGE_REFUSED, Map.of("reason", PasswordRule.WRONG_CURRENT.name()));
			throw rejected(List.of(PasswordRule.WRONG_CURRENT));
		}
		List<PasswordRule> broken = new ArrayList<>(this.policy.check(who, next));
		if (broken.isEmpty() && this.encoder.matches(next, hash)) {
			broken.add(PasswordRule.SAME_AS_CURRENT);
		}
		if (!broken.isEmpty()) {
			throw rejected(broken);
		}
		store(who, next, false, who);
		audit(who, CHANGED, Map.of("username", who.value()));
	}

	/**
	 * Sets a temporary password for someone (an administrator), to be changed at their
	 * next login, and lifts a lock on their login.
	 * @param chosen the password the administrator typed, or blank to draw one
	 * @return the temporary password, to be shown once
	 * @throws PasswordRejected when the chosen password breaks the policy
	 * @throws IllegalArgumentException for a service account (no password)
	 */
	public String reset(Username who, String chosen, Username by) {
		this.directory.person(who);
		if (this.directory.isServiceAccount(who)) {
			throw new IllegalArgumentException("Tài khoản dịch vụ không có mật khẩu, chỉ có mã truy cập API");
		}
		String temporary = (chosen == null || chosen.isBlank()) ? draw() : chosen;
		List<PasswordRule> broken = this.policy.check(who, temporary);
		if (!broken.isEmpty()) {
			throw rejected(broken);
		}
		store(who, temporary, true, by);
		this.locks.unlock(who.value(), by);
		audit(by, RESET, Map.of("username", who.value()));
		return temporary;
	}

	/** Whether this person must change their password before doing anything else. */
	public boolean mustChange(String username) {
		if (!this.mustChangeLoaded) {
			this.mustChange.addAll(this.jdbc.sql("select username from account_password where must_change = true")
				.query(String.class)
				.list());
			this.mustChangeLoaded = true;
		}
		return this.mustChange.contains(username);
	}

	/**
	 * The hash and the flag in one transaction; the checks and the audit events stay out
	 * of it, so that a refusal's failure count and audit entry are not rolled back with
	 * it.
	 */
	private void store(Username who, String password, boolean mustChange, Username by) {
		this.transaction.executeWithoutResult((status) -> write(who, password, mustChange, by));
		if (mustChange) {
			this.mustChange.add(who.value());
		}
		else {
			this.mustChange.remove(who.value());
		}
	}

	private void write(Username who, String password, boolean mustChange, Username by) {
		this.directory.savePerson(this.directory.person(who), password);
		Timestamp now = Timestamp.from(this.clock.now());
		int updated = this.jdbc
			.sql("update account_password set must_change = ?, changed_at = ?, changed_by = ? where username = ?")
			.params(mustChange, now, by.value(), who.value())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into account_password (username, must_change, changed_at, changed_by) values (?, ?, ?, ?)")
				.params(who.value(), mustChange, now, by.value())
				.update();
		}
		mustChange(who.value());
	}

	private String draw() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			password.append(ALPHABET[this.random.nextInt(ALPHABET.length)]);
		}
		return password.toString();
	}

	private PasswordRejected rejected(List<PasswordRule> rules) {
		return new PasswordRejected(rules, this.policy.minLength());
	}

	private void audit(Username principal, String type, Map<String, Object> data) {
		this.events.publishEvent(new AuditApplicationEvent(this.clock.now(), principal.value(), type, data));
	}

}
