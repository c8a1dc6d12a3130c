package vn.vanthu.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

import vn.vanthu.directory.DirectoryChanged;
import vn.vanthu.directory.Username;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Basic cache: one slow check per login and period, never for a wrong password. */
class CachedPasswordChecksTest {

	private final AtomicInteger checks = new AtomicInteger();

	/** Stands for bcrypt: counts its calls, accepts only "right". */
	private final AuthenticationProvider bcrypt = new AuthenticationProvider() {
		@Override
		public Authentication authenticate(Authentication a) {
			CachedPasswordChecksTest.this.checks.incrementAndGet();
			if (!"right".equals(a.getCredentials())) {
				throw new BadCredentialsException("bad");
			}
			User user = new User(a.getName(), "", AuthorityUtils.createAuthorityList("ROLE_USER"));
			return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		}

		@Override
		public boolean supports(Class<?> type) {
			return true;
		}
	};

	private Instant now = Instant.parse("2026-01-01T00:00:00Z");

	private final Clock clock = new Clock() {
		@Override
		public Instant instant() {
			return CachedPasswordChecksTest.this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	};

	private final CachedPasswordChecks cache = new CachedPasswordChecks(this.bcrypt,
			new PasswordCheckSettings(Duration.ofMinutes(1), 100), this.clock);

	@Test
	void aSuccessfulCheckIsRememberedForThePeriodOnly() {
		assertThat(login("an", "right").getName()).isEqualTo("an");
		Authentication again = login("an", "right");
		assertThat(this.checks).hasValue(1);
		assertThat(again.isAuthenticated()).isTrue();
		assertThat(again.getCredentials()).isNull();
		assertThat(again.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_USER");

		this.now = this.now.plusSeconds(61);
		login("an", "right");
		assertThat(this.checks).hasValue(2);
	}

	@Test
	void wrongPasswordsAreCheckedEveryTimeAndNeverMatchACachedLogin() {
		login("an", "right");
		for (int i = 0; i < 3; i++) {
			assertThatThrownBy(() -> login("an", "wrong")).isInstanceOf(BadCredentialsException.class);
		}
		assertThat(this.checks).hasValue(4);
	}

	@Test
	void aChangeOfThePersonForgetsTheirChecksOnly() {
		login("an", "right");
		login("binh", "right");
		this.cache.onChange(DirectoryChanged.person(Username.of("an")));
		login("an", "right");
		login("binh", "right");
		assertThat(this.checks).hasValue(3);
	}

	@Test
	void concurrentLoginsWithTheSamePasswordShareOneCheck() throws Exception {
		java.util.concurrent.CountDownLatch inCheck = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		AuthenticationProvider slow = new AuthenticationProvider() {
			@Override
			public Authentication authenticate(Authentication a) {
				inCheck.countDown();
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return CachedPasswordChecksTest.this.bcrypt.authenticate(a);
			}

			@Override
			public boolean supports(Class<?> type) {
				return true;
			}
		};
		CachedPasswordChecks shared = new CachedPasswordChecks(slow,
				new PasswordCheckSettings(Duration.ofMinutes(1), 100), this.clock);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		java.util.List<java.util.concurrent.Future<Authentication>> logins = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			logins.add(pool
				.submit(() -> shared.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("an", "right"))));
		}
		inCheck.await();
		Thread.sleep(200);
		release.countDown();
		for (java.util.concurrent.Future<Authentication> login : logins) {
			assertThat(login.get().getName()).isEqualTo("an");
		}
		pool.shutdown();
		assertThat(this.checks).hasValue(1);
	}

	@Test
	void theCacheIsBounded() {
		CachedPasswordChecks small = new CachedPasswordChecks(this.bcrypt,
				new PasswordCheckSettings(Duration.ofMinutes(1), 10), this.clock);
		for (int i = 0; i < 25; i++) {
			small.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("u" + i, "right"));
		}
		assertThat(small.size()).isLessThanOrEqualTo(10);
	}

	private Authentication login(String name, String password) {
		return this.cache.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
	}

}
