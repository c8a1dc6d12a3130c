package vn.vanthu.followup;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * In-app notifications of the follow-up, kept in the module's own table until the notify
 * module takes them over (it can listen to {@link FollowupTaskOverdue} and
 * {@link FollowupReminderDue}).
 */
@Service
public class FollowupNotifications {

	private final JdbcClient jdbc;

	private final FollowupClock clock;

	FollowupNotifications(JdbcClient jdbc, FollowupClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void send(List<String> recipients, FollowupTaskId task, String kind, String message) {
		for (String recipient : recipients) {
			this.jdbc
				.sql("insert into followup_notification (recipient, task_id, kind, message, created_at)"
						+ " values (?, ?, ?, ?, ?)")
				.params(recipient, task.value(), kind, FollowupStore.cut(message, 2000),
						FollowupStore.ts(this.clock.now()))
				.update();
		}
	}

	/** A user's notifications, newest first. */
	public List<FollowupNotification> of(String username, int max) {
		return this.jdbc.sql("select recipient, task_id, kind, message, created_at from followup_notification"
				+ " where recipient = ? order by id desc fetch first " + Math.max(1, Math.min(max, 500)) + " rows only")
			.param(username)
			.query((rs, n) -> new FollowupNotification(rs.getString(1), new FollowupTaskId(rs.getLong(2)),
					rs.getString(3), rs.getString(4), FollowupStore.instant(rs, 5)))
			.list();
	}

	/** Notifications about one task, oldest first. */
	public List<FollowupNotification> about(FollowupTaskId task) {
		return this.jdbc
			.sql("select recipient, task_id, kind, message, created_at from followup_notification"
					+ " where task_id = ? order by id")
			.param(task.value())
			.query((rs, n) -> new FollowupNotification(rs.getString(1), new FollowupTaskId(rs.getLong(2)),
					rs.getString(3), rs.getString(4), FollowupStore.instant(rs, 5)))
			.list();
	}

}
