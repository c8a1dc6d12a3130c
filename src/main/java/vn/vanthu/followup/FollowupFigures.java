package vn.vanthu.followup;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Follow-up figures for operations, over all units (no viewer): one count on the indexed
 * due date, cheap enough to poll.
 */
@Service
public class FollowupFigures {

	private final JdbcClient jdbc;

	private final FollowupClock clock;

	FollowupFigures(JdbcClient jdbc, FollowupClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Tasks not done (open, or completion reported but not accepted) whose due day has
	 * passed in Vietnam, as {@link Category#OPEN_OVERDUE} counts them today.
	 */
	public long overdueTasks() {
		LocalDate today = this.clock.today();
		return this.jdbc
			.sql("select count(*) from followup_task where due_on < :today and status in ('OPEN', 'SUBMITTED')")
			.param("today", today)
			.query(Long.class)
			.single();
	}

}
