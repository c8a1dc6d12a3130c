package vn.vanthu.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.vanthu.directory.DirectoryChanged;
import vn.vanthu.platform.LoginLockout;

/**
 * Password logins (the form and HTTP Basic) checked by bcrypt once, then remembered for
 * {@code vanthu.security.password-cache}: a script sending Basic on every request pays
 * ~100 ms of CPU once a minute instead of on every call. The cache key is an HMAC of
 * login and password under a key drawn at start-up and never stored, so the cache holds
 * nothing a password could be recovered from; only successes are remembered, so wrong
 * guesses still cost bcrypt. A change of the person (password, posts, disabling) evicts
 * their entries at once on this node; other nodes forget them within the period. A name a
 * {@link LoginLockout} says is locked is refused before anything else.
 */
@Component
class CachedPasswordChecks implements AuthenticationProvider {

	private record Check(String username, Object principal, Collection<? extends GrantedAuthority> authorities,
			Instant until) {
	}

	private final Map<String, Check> checks = new ConcurrentHashMap<>();

	private final Map<String, CompletableFuture<Check>> running = new ConcurrentHashMap<>();

	private final AuthenticationProvider delegate;

	private final PasswordCheckSettings settings;

	private final Clock clock;

	private final SecretKeySpec key;

	private final List<LoginLockout> lockouts;

	@Autowired
	CachedPasswordChecks(UserDetailsService users, PasswordEncoder passwords, PasswordCheckSettings settings,
			List<LoginLockout> lockouts) {
		this(bcrypt(users, passwords), settings, Clock.systemUTC(), lockouts);
	}

	CachedPasswordChecks(AuthenticationProvider delegate, PasswordCheckSettings settings, Clock clock) {
		this(delegate, settings, clock, List.of());
	}

	CachedPasswordChecks(AuthenticationProvider delegate, PasswordCheckSettings settings, Clock clock,
			List<LoginLockout> lockouts) {
		this.lockouts = List.copyOf(lockouts);
		this.delegate = delegate;
		this.settings = settings;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	private static AuthenticationProvider bcrypt(UserDetailsService users, PasswordEncoder passwords) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwords);
		return provider;
	}

	@Override
	public Authentication authenticate(Authentication login) {
		// a locked name is refused before any check, the remembered ones included
		for (LoginLockout lockout : this.lockouts) {
			Optional<Instant> until = lockout.lockedUntil(login.getName());
			if (until.isPresent()) {
				throw new LoginLockedException(until.get());
			}
		}
		if (!(login.getCredentials() instanceof String password) || this.settings.passwordCache().isZero()) {
			return this.delegate.authenticate(login);
		}
		String cacheKey = key(login.getName(), password);
		Instant now = this.clock.instant();
		Check check = this.checks.get(cacheKey);
		if (check != null && now.isBefore(check.until())) {
			return authenticated(check, login);
		}
		// a burst with one login after a quiet minute pays one bcrypt, not one each:
		// the others wait for the first check's answer
		CompletableFuture<Check> mine = new CompletableFuture<>();
		CompletableFuture<Check> running = this.running.putIfAbsent(cacheKey, mine);
		if (running != null) {
			return authenticated(awaitCheck(running), login);
		}
		try {
			Check done = check(login, cacheKey, now);
			mine.complete(done);
			return authenticated(done, login);
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.running.remove(cacheKey, mine);
		}
	}

	private Check check(Authentication login, String cacheKey, Instant now) {
		Authentication result = this.delegate.authenticate(login);
		if (this.checks.size() >= this.settings.passwordCacheSize()) {
			this.checks.values().removeIf((c) -> !now.isBefore(c.until()));
			if (this.checks.size() >= this.settings.passwordCacheSize()) {
				this.checks.clear();
			}
		}
		String username = (result.getPrincipal() instanceof UserDetails user) ? user.getUsername() : result.getName();
		Check check = new Check(username, result.getPrincipal(), result.getAuthorities(),
				now.plus(this.settings.passwordCache()));
		this.checks.put(cacheKey, check);
		return check;
	}

	private static Check awaitCheck(CompletableFuture<Check> running) {
		try {
			return running.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private static Authentication authenticated(Check check, Authentication login) {
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken
			.authenticated(check.principal(), null, check.authorities());
		result.setDetails(login.getDetails());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

	/** Forgets a changed person's checks once the change is committed. */
	@TransactionalEventListener(fallbackExecution = true)
	void onChange(DirectoryChanged change) {
		if (change.person() != null) {
			forget(change.person().value());
		}
	}

	void forget(String username) {
		this.checks.values().removeIf((c) -> c.username().equals(username));
	}

	int size() {
		return this.checks.size();
	}

	private String key(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return java.util.HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
