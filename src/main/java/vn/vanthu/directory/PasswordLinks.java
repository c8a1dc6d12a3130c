package vn.vanthu.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links with which a person sets their first password (people created by an
 * import have none, so they cannot log in before). A link works once, for
 * {@code vanthu.password-links.lifetime} (7 days), and a new link for the same person
 * replaces the earlier one. Only the token's SHA-256 is stored ({@link OneTimeLinks}).
 */
@Service
public class PasswordLinks {

	/** The shortest password a link accepts, as for the first administrator. */
	public static final int MIN_PASSWORD_LENGTH = FirstAdministrator.MIN_PASSWORD_LENGTH;

	private final OneTimeLinks links;

	private final Directory directory;

	private final PasswordLinkSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasswordLinks(OneTimeLinks links, Directory directory, PasswordLinkSettings settings,
			ApplicationEventPublisher events) {
		this.links = links;
		this.directory = directory;
		this.settings = settings;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Issues a link for this person and publishes {@link PasswordLinkIssued} (mailed
	 * after commit when a mail server is configured and the person has an address).
	 * @return the issued link, to show the administrator
	 */
	@Transactional
	public PasswordLinkIssued issue(Username username) {
		Person person = this.directory.person(username);
		if (this.directory.isServiceAccount(username)) {
			throw new IllegalArgumentException("Tài khoản dịch vụ không có mật khẩu, chỉ có mã truy cập API");
		}
		Instant expiresAt = Instant.now(this.clock).plus(this.settings.lifetime());
		String token = this.links.issue(OneTimeLinks.Purpose.SET_PASSWORD, username, expiresAt);
		PasswordLinkIssued issued = new PasswordLinkIssued(username, person.fullName(), person.email(),
				"/set-password?token=" + token, expiresAt);
		this.events.publishEvent(issued);
		return issued;
	}

	/** The person a link is for, while it is unused and unexpired. */
	@Transactional(readOnly = true)
	public Optional<Person> holder(String token) {
		return this.links.holder(OneTimeLinks.Purpose.SET_PASSWORD, token, Instant.now(this.clock))
			.filter((login) -> !login.isEmpty())
			.flatMap((login) -> this.directory.findPerson(Username.of(login)));
	}

	/**
	 * Sets the password of the link's person and uses the link up.
	 * @throws LinkRefusedException when the link is unknown, used or expired
	 * @throws IllegalArgumentException when the password is too short (the link stays
	 * usable)
	 */
	@Transactional
	public Person setPassword(String token, String password) {
		Person person = holder(token).orElseThrow(LinkRefusedException::new);
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("Mật khẩu cần ít nhất " + MIN_PASSWORD_LENGTH + " ký tự");
		}
		if (!this.links.consume(OneTimeLinks.Purpose.SET_PASSWORD, token, Instant.now(this.clock))) {
			throw new LinkRefusedException();
		}
		return this.directory.savePerson(person, password);
	}

	/** The link is unknown, used or expired. */
	public static class LinkRefusedException extends RuntimeException {

		public LinkRefusedException() {
			super("Liên kết đặt mật khẩu không hợp lệ, đã được dùng hoặc đã hết hạn");
		}

	}

}
