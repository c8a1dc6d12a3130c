package vn.vanthu.account;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.actuate.audit.listener.AuditApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.directory.Username;
import vn.vanthu.platform.LoginLockout;

/**
 * Locks a login name for {@code vanthu.accounts.lock-duration} after {@code max-failures}
 * failed logins within {@code failure-window}. Counting is done by single UPDATE
 * statements outside any transaction, so that failures arriving together on several
 * threads (or nodes) each count once and exactly one of them locks. Names are counted as
 * typed, known or not, so a lock says nothing about which accounts exist.
 */
@Service
public class LoginLocks implements LoginLockout {

	/** Audit event types. */
	public static final String LOCKED = "ACCOUNT_LOCKED", UNLOCKED = "ACCOUNT_UNLOCKED";

	private final JdbcClient jdbc;

	private final AccountSettings settings;

	private final AccountClock clock;

	private final ApplicationEventPublisher events;

	/** Names with failures that a success must clear. */
	private final Set<String> failing = ConcurrentHashMap.newKeySet();

	private volatile boolean failingLoaded;

	LoginLocks(JdbcClient jdbc, AccountSettings settings, AccountClock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public Optional<Instant> lockedUntil(String login) {
		Instant now = this.clock.now();
		return this.jdbc.sql("select locked_until from login_lock where login = ? and locked_until > ?")
			.params(key(login), Timestamp.from(now))
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/**
	 * Counts a failed password for this name, locking it at the {@code max-failures}th.
	 * @return when the lock ends if this failure locked the name
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<Instant> recordFailure(String login) {
		String key = key(login);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		this.failing.add(key);
		Instant now = this.clock.now();
		Timestamp at = Timestamp.from(now);
		try {
			this.jdbc.sql("insert into login_lock (login, failures) values (?, 0)").param(key).update();
		}
		catch (DuplicateKeyException ex) {
			// counted before: the update below adds to it
		}
		Timestamp windowStart = Timestamp.from(now.minus(this.settings.failureWindow()));
		this.jdbc
			.sql("""
					update login_lock set
					  failures = case when first_failure_at is null or first_failure_at < :start then 1 else failures + 1 end,
					  first_failure_at = case when first_failure_at is null or first_failure_at < :start then :now else first_failure_at end
					where login = :login and (locked_until is null or locked_until <= :now)""")
			.param("start", windowStart)
			.param("now", at)
			.param("login", key)
			.update();
		Instant until = now.plus(this.settings.lockDuration());
		int locked = this.jdbc.sql("""
				update login_lock set locked_at = :now, locked_until = :until, failures = 0, first_failure_at = null
				where login = :login and failures >= :max and (locked_until is null or locked_until <= :now)""")
			.param("now", at)
			.param("until", Timestamp.from(until))
			.param("login", key)
			.param("max", this.settings.maxFailures())
			.update();
		if (locked == 0) {
			return Optional.empty();
		}
		this.events.publishEvent(new AuditApplicationEvent(now, key, LOCKED,
				Map.of("until", until.toString(), "failures", this.settings.maxFailures())));
		return Optional.of(until);
	}

	/**
	 * A successful login forgets the failures before it. HTTP Basic succeeds on every
	 * request, so only names with failures seen by this node since it started (or left in
	 * the table then) cost a statement.
	 */
	public void recordSuccess(String login) {
		String key = key(login);
		if (!this.failingLoaded) {
			this.failing.addAll(this.jdbc.sql("select login from login_lock").query(String.class).list());
			this.failingLoaded = true;
		}
		if (this.failing.remove(key)) {
			this.jdbc.sql("delete from login_lock where login = ? and (locked_until is null or locked_until <= ?)")
				.params(key, Timestamp.from(this.clock.now()))
				.update();
		}
	}

	/**
	 * Lifts a lock before its end (an administrator).
	 * @return whether the name was locked
	 */
	public boolean unlock(String login, Username by) {
		String key = key(login);
		boolean was = lockedUntil(key).isPresent();
		this.jdbc.sql("delete from login_lock where login = ?").param(key).update();
		if (was) {
			this.events
				.publishEvent(new AuditApplicationEvent(this.clock.now(), by.value(), UNLOCKED, Map.of("login", key)));
		}
		return was;
	}

	/** The names locked now, latest first. */
	public List<LockedLogin> locked() {
		return this.jdbc.sql("""
				select login, locked_at, locked_until from login_lock where locked_until > ?
				order by locked_at desc, login""")
			.param(Timestamp.from(this.clock.now()))
			.query((rs, n) -> new LockedLogin(rs.getString(1), rs.getTimestamp(2).toInstant(),
					rs.getTimestamp(3).toInstant()))
			.list();
	}

	/**
	 * Forgets failures and locks that ended (scheduled; unknown names leave rows too).
	 */
	int forgetEnded() {
		Instant now = this.clock.now();
		return this.jdbc.sql("""
				delete from login_lock where (locked_until is null or locked_until <= :now)
				and (first_failure_at is null or first_failure_at < :start)""")
			.param("now", Timestamp.from(now))
			.param("start", Timestamp.from(now.minus(this.settings.failureWindow())))
			.update();
	}

	/** The name as counted: NFC, trimmed, lower case, at most 64 characters. */
	static String key(String login) {
		if (login == null) {
			return "";
		}
		String key = Normalizer.normalize(login.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		return (key.length() > 64) ? key.substring(0, 64) : key;
	}

}
