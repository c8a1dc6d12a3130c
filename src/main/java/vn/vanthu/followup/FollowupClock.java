package vn.vanthu.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import vn.vanthu.platform.calendar.BusinessCalendar;

/**
 * The follow-up's time: "today" in Vietnam. Tests fix it to construct a history with
 * known dates ({@link #fix}) and must {@link #reset} it afterwards: the context is
 * shared.
 */
@Component
public class FollowupClock {

	/** Due dates are days in Vietnam. */
	public static final ZoneId ZONE = BusinessCalendar.ZONE;

	private volatile Clock clock = Clock.system(ZONE);

	public Instant now() {
		return this.clock.instant();
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Fixes the time (tests). */
	public void fix(Instant instant) {
		this.clock = Clock.fixed(instant, ZONE);
	}

	/** Back to the system clock. */
	public void reset() {
		this.clock = Clock.system(ZONE);
	}

}
