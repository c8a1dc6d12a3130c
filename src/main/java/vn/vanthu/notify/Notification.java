package vn.vanthu.notify;

import java.time.Instant;

/**
 * A message shown to one person in the application.
 *
 * @param id the notification id
 * @param recipient the login of the person told
 * @param subject one line, in Vietnamese
 * @param body the text, or {@code null}
 * @param link an app-relative page to open, or {@code null}
 * @param createdAt when it was sent
 * @param readAt when the person marked it read, or {@code null}
 * @param emailed whether an e-mail was also queued for the person
 */
public record Notification(long id, String recipient, String subject, String body, String link, Instant createdAt,
		Instant readAt, boolean emailed) {

	public boolean isUnread() {
		return this.readAt == null;
	}

}
