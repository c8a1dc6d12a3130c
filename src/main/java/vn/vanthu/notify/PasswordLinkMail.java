package vn.vanthu.notify;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.vanthu.directory.PasswordLinkIssued;

/**
 * Mails a new person their one-time password link, once the import that created them has
 * committed, when a mail server is configured and they have an address. The link is not
 * stored as an in-app notification: the person cannot log in yet, and a link in a table
 * would outlive its use. A mail failure is logged; the administrator was shown the link.
 */
@Component
class PasswordLinkMail {

	private static final Logger log = LoggerFactory.getLogger(PasswordLinkMail.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final ObjectProvider<JavaMailSender> mail;

	private final NotifyProperties properties;

	PasswordLinkMail(ObjectProvider<JavaMailSender> mail, NotifyProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void send(PasswordLinkIssued link) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null || link.email() == null || link.email().isBlank()) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.mailFrom());
		message.setTo(link.email());
		message.setSubject("Vanthu: đặt mật khẩu cho tài khoản " + link.username());
		message.setText("Chào " + link.fullName() + ",\n\nTài khoản Vanthu của bạn (tên đăng nhập " + link.username()
				+ ") đã được tạo. Mở liên kết sau để đặt mật khẩu; liên kết chỉ dùng được một lần, đến "
				+ DAY.format(link.expiresAt()) + ":\n\n" + this.properties.baseUrl() + link.path() + "\n");
		try {
			sender.send(message);
		}
		catch (RuntimeException ex) {
			log.warn("Không gửi được liên kết đặt mật khẩu tới {}: {}", link.email(), ex.getMessage());
		}
	}

}
