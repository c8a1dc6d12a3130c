package vn.vanthu.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time tokens of the first administrator's setup link. Only their SHA-256 is stored;
 * a token is valid until used, and issuing one replaces the earlier ones.
 */
@Repository
class SetupTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	SetupTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new token (256 random bits, URL-safe); earlier tokens stop working. */
	String issue() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("delete from admin_setup_token").update();
		this.jdbc.sql("insert into admin_setup_token (token_sha256) values (?)").param(sha256(token)).update();
		return token;
	}

	boolean isValid(String token) {
		return token != null && this.jdbc.sql("select count(*) from admin_setup_token where token_sha256 = ?")
			.param(sha256(token))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Uses up a token: {@code true} for exactly one caller of a valid token, even when
	 * two use it at once.
	 */
	boolean consume(String token) {
		return token != null && this.jdbc.sql("delete from admin_setup_token where token_sha256 = ?")
			.param(sha256(token))
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
