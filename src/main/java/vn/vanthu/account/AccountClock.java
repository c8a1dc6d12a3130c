package vn.vanthu.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The accounts' time (locks, password changes). Tests move it ({@link #fix},
 * {@link #advance}) to see a lock end without waiting, and must {@link #reset} it
 * afterwards: the context is shared.
 */
@Component
public class AccountClock {

	private volatile Clock clock = Clock.systemUTC();

	public Instant now() {
		return this.clock.instant();
	}

	/** Fixes the time (tests). */
	public void fix(Instant instant) {
		this.clock = Clock.fixed(instant, Clock.systemUTC().getZone());
	}

	/** Moves a fixed time forward (tests). */
	public void advance(Duration duration) {
		fix(now().plus(duration));
	}

	/** Back to the system clock. */
	public void reset() {
		this.clock = Clock.systemUTC();
	}

}
