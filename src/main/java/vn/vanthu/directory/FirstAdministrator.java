package vn.vanthu.directory;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a new installation its first administrator. At a start of the web application
 * that finds no administrator, {@code vanthu.admin.password}
 * ({@code VANTHU_ADMIN_PASSWORD}) creates one named {@code vanthu.admin.username};
 * without a password a one-time setup link is logged, valid until used (or until the next
 * start without administrator replaces it). Once an administrator exists nothing here
 * acts again. Commands (import, backup, restore, ...) skip it: a restore must find the
 * installation empty.
 */
@Service
@Order(Ordered.LOWEST_PRECEDENCE - 100) // after the demo world, which has its own admin
public class FirstAdministrator implements ApplicationRunner {

	static final int MIN_PASSWORD_LENGTH = 8;

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Directory directory;

	private final OneTimeLinks tokens;

	private final AdminSettings settings;

	private final Environment environment;

	private volatile boolean pending = true;

	FirstAdministrator(Directory directory, OneTimeLinks tokens, AdminSettings settings, Environment environment) {
		this.directory = directory;
		this.tokens = tokens;
		this.settings = settings;
		this.environment = environment;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.environment.containsProperty("vanthu.command") || !pending()) {
			return;
		}
		if (this.settings.hasPassword()) {
			create(Username.of(this.settings.username()), "Quản trị hệ thống", this.settings.password());
			log.info("Created the first administrator '{}' with the password of vanthu.admin.password"
					+ " (VANTHU_ADMIN_PASSWORD)", this.settings.username());
			return;
		}
		String port = this.environment.getProperty("local.server.port", this.environment.getProperty("server.port"));
		log.warn("No administrator yet. Create the first one by opening this one-time link (valid until used):"
				+ "\n\n    http://localhost:{}/setup?token={}\n\n"
				+ "(from another machine, use this server's address), or restart with VANTHU_ADMIN_PASSWORD set.", port,
				this.tokens.issue(OneTimeLinks.Purpose.ADMIN_SETUP, null, null));
	}

	/**
	 * {@code true} while no administrator exists (the login page then says where the
	 * setup link is); checks again until one does.
	 */
	public boolean pending() {
		if (this.pending) {
			this.pending = !this.directory.hasAdministrator();
		}
		return this.pending;
	}

	/** Whether the setup link with this token may still be used. */
	@Transactional(readOnly = true)
	public boolean accepts(String token) {
		return pending() && this.tokens.holder(OneTimeLinks.Purpose.ADMIN_SETUP, token, Instant.now()).isPresent();
	}

	/**
	 * Creates the first administrator through the setup link, using up its token.
	 * @throws SetupRefusedException when an administrator exists or the token is unknown
	 * or used
	 * @throws IllegalArgumentException when the username or password is not acceptable
	 */
	@Transactional
	public Person complete(String token, String username, String fullName, String password) {
		if (!pending() || !this.tokens.consume(OneTimeLinks.Purpose.ADMIN_SETUP, token, Instant.now())) {
			throw new SetupRefusedException();
		}
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("Mật khẩu cần ít nhất " + MIN_PASSWORD_LENGTH + " ký tự");
		}
		String name = (fullName == null || fullName.isBlank()) ? "Quản trị hệ thống" : fullName;
		return create(Username.of(username), name, password);
	}

	private Person create(Username username, String fullName, String password) {
		if (this.directory.findPerson(username).isPresent()) {
			throw new IllegalArgumentException("Tên đăng nhập " + username.value() + " đã có người dùng");
		}
		Person admin = this.directory.savePerson(new Person(username, fullName, null, true, List.of()), password);
		this.pending = false;
		return admin;
	}

	/** The setup link is unknown, used, or no longer needed. */
	public static class SetupRefusedException extends RuntimeException {

		public SetupRefusedException() {
			super("Liên kết thiết lập không hợp lệ hoặc đã được dùng");
		}

	}

}
