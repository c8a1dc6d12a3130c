package vn.vanthu.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tokens of one-time links: the first administrator's setup link and the links with which
 * imported people set their first password. Only a token's SHA-256 is stored. A token
 * belongs to one purpose (and for password links to one person), may expire, and is used
 * up by exactly one {@link #consume}; issuing one replaces the earlier tokens of the same
 * purpose and person.
 */
@Repository
class OneTimeLinks {

	/** What a link is for; a token never opens a link of another purpose. */
	enum Purpose {

		/** The first administrator's setup link ({@code /setup}), valid until used. */
		ADMIN_SETUP,
		/** A person's first password ({@code /set-password}), expiring. */
		SET_PASSWORD

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	OneTimeLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new token (256 random bits, URL-safe); earlier tokens of this purpose and person
	 * stop working.
	 * @param username the person the link is for, or {@code null}
	 * @param expiresAt when the link stops working, or {@code null} for never
	 */
	String issue(Purpose purpose, Username username, Instant expiresAt) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String login = (username != null) ? username.value() : null;
		if (login != null) {
			this.jdbc.sql("delete from one_time_link where purpose = ? and username = ?")
				.params(purpose.name(), login)
				.update();
		}
		else {
			this.jdbc.sql("delete from one_time_link where purpose = ? and username is null")
				.param(purpose.name())
				.update();
		}
		this.jdbc
			.sql("insert into one_time_link (token_sha256, purpose, username, created_at, expires_at)"
					+ " values (?, ?, ?, ?, ?)")
			.params(sha256(token), purpose.name(), login, Timestamp.from(Instant.now()),
					(expiresAt != null) ? Timestamp.from(expiresAt) : null)
			.update();
		return token;
	}

	/**
	 * The login a valid (unused, unexpired) token of this purpose names, {@code ""} for a
	 * link that names nobody (the setup link); empty when the token is not valid.
	 */
	Optional<String> holder(Purpose purpose, String token, Instant now) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select coalesce(username, '') from one_time_link where token_sha256 = ? and purpose = ?"
					+ " and (expires_at is null or expires_at > ?)")
			.params(sha256(token), purpose.name(), Timestamp.from(now))
			.query(String.class)
			.optional();
	}

	/**
	 * Uses up a token: {@code true} for exactly one caller of a valid token, even when
	 * two use it at once.
	 */
	boolean consume(Purpose purpose, String token, Instant now) {
		return token != null && this.jdbc
			.sql("delete from one_time_link where token_sha256 = ? and purpose = ?"
					+ " and (expires_at is null or expires_at > ?)")
			.params(sha256(token), purpose.name(), Timestamp.from(now))
			.update() == 1;
	}

	private static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
