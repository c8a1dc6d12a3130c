package vn.vanthu.notify;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Username;

/**
 * Tells people things. Every notification is stored for the in-app list; an e-mail is
 * also sent when the person has an address and a mail server is configured. The e-mail
 * leaves only after the caller's transaction commits (a rolled-back action tells nobody)
 * and a mail failure is logged, never thrown: the in-app notification is the record.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final JdbcClient jdbc;

	private final Directory directory;

	private final ObjectProvider<JavaMailSender> mail;

	private final NotifyProperties properties;

	Notifications(JdbcClient jdbc, Directory directory, ObjectProvider<JavaMailSender> mail,
			NotifyProperties properties) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.mail = mail;
		this.properties = properties;
	}

	/**
	 * Notifies one person in the application and, when possible, by e-mail.
	 * @param to the person
	 * @param subject one line
	 * @param body the text, may be {@code null}
	 * @param link an app-relative link such as {@code /drafts/requests/7}, may be
	 * {@code null}
	 * @return the stored notification's id
	 */
	public long send(Username to, String subject, String body, String link) {
		String cleanSubject = nfc(subject);
		String cleanBody = nfc(body);
		Person person = this.directory.findPerson(to).orElse(null);
		JavaMailSender sender = this.mail.getIfAvailable();
		boolean email = sender != null && person != null && person.email() != null && !person.email().isBlank();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql(
				"insert into notification (recipient, subject, body, link, created_at, emailed) values (?, ?, ?, ?, ?, ?)")
			.params(to.value(), cleanSubject, cleanBody, link, Timestamp.from(Instant.now()), email)
			.update(key, "id");
		if (email) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.properties.mailFrom());
			message.setTo(person.email());
			message.setSubject(cleanSubject);
			String text = (cleanBody != null) ? cleanBody : cleanSubject;
			if (link != null) {
				text = text + "\n\n" + this.properties.baseUrl() + link;
			}
			message.setText(text);
			afterCommit(() -> deliver(sender, message));
		}
		return key.getKey().longValue();
	}

	/** The person's notifications, newest first. */
	public List<Notification> of(Username who, int max) {
		return this.jdbc.sql("""
				select id, recipient, subject, body, link, created_at, read_at, emailed from notification
				where recipient = ? order by id desc""")
			.param(who.value())
			.query((rs, n) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(),
					(rs.getTimestamp(7) != null) ? rs.getTimestamp(7).toInstant() : null, rs.getBoolean(8)))
			.list()
			.stream()
			.limit(max)
			.toList();
	}

	public long unreadCount(Username who) {
		return this.jdbc.sql("select count(*) from notification where recipient = ? and read_at is null")
			.param(who.value())
			.query(Long.class)
			.single();
	}

	/** Marks all the person's notifications read. */
	public void markAllRead(Username who) {
		this.jdbc.sql("update notification set read_at = ? where recipient = ? and read_at is null")
			.params(Timestamp.from(Instant.now()), who.value())
			.update();
	}

	private static void deliver(JavaMailSender sender, SimpleMailMessage message) {
		try {
			sender.send(message);
		}
		catch (RuntimeException ex) {
			log.warn("Không gửi được thư tới {}: {}", (Object) message.getTo(), ex.getMessage());
		}
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	private static String nfc(String text) {
		return (text != null) ? Normalizer.normalize(text, Normalizer.Form.NFC) : null;
	}

}
