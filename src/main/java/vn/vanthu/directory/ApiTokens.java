package vn.vanthu.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens of people and service accounts. A token is
 * {@code vt_<id>_<secret>}: the id (8 random bytes, hex) finds the row, the secret (32
 * random bytes, base64url) is checked against its stored SHA-256. A fast hash is enough
 * because the secret has 256 bits of entropy: no dictionary to try, unlike a password
 * (ADR 0010). Accepted until it expires, is revoked, or its owner is disabled.
 */
@Service
public class ApiTokens {

	/** The authority every token-authenticated request carries, besides its owner's. */
	public static final String TOKEN_AUTHORITY = "AUTH_API_TOKEN";

	private static final Pattern FORMAT = Pattern.compile("vt_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository repository;

	private final ApiTokenUses uses;

	private final Directory directory;

	private final ApiTokenSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ApiTokens(ApiTokenRepository repository, ApiTokenUses uses, Directory directory, ApiTokenSettings settings,
			ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.uses = uses;
		this.directory = directory;
		this.settings = settings;
		this.clock = Clock.systemUTC();
	}

	/** Whether a string looks like a Vanthu API token (to refuse one sent in a URL). */
	public static boolean looksLikeToken(String value) {
		return value != null && FORMAT.matcher(value.strip()).matches();
	}

	/**
	 * Issues a token; its secret is returned this once and never stored.
	 * @param lifetime how long it lives, or {@code null} for the default; at most the
	 * configured maximum
	 */
	@Transactional
	public IssuedApiToken issue(Username owner, String name, Duration lifetime) {
		this.directory.person(owner);
		String label = (name != null) ? Normalizer.normalize(name.strip(), Normalizer.Form.NFC) : "";
		if (label.isEmpty() || label.length() > 100) {
			throw new IllegalArgumentException("Tên của mã truy cập cần có từ 1 đến 100 ký tự");
		}
		Duration life = (lifetime != null) ? lifetime : this.settings.defaultLifetime();
		if (life.isNegative() || life.isZero() || life.compareTo(this.settings.maxLifetime()) > 0) {
			throw new IllegalArgumentException(
					"Thời hạn của mã truy cập phải từ 1 đến " + this.settings.maxLifetime().toDays() + " ngày");
		}
		byte[] secretBytes = new byte[32];
		this.random.nextBytes(secretBytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		ApiToken token = new ApiToken(ApiTokenId.random(this.random), owner, label, now, now.plus(life), null, null);
		this.repository.insert(token, sha256(secret));
		this.events.publishEvent(new ApiTokenChanged(owner, token.id(), false));
		return new IssuedApiToken(token, "vt_" + token.id() + "_" + secret);
	}

	/** The owner's tokens, newest first, revoked and expired ones included. */
	public List<ApiToken> tokensOf(Username owner) {
		List<ApiToken> tokens = new ArrayList<>();
		for (ApiToken t : this.repository.ofOwner(owner)) {
			tokens.add(t.withLastUse(this.uses.pending(t.id())));
		}
		return tokens;
	}

	/**
	 * Revokes one of the owner's tokens; revoking a revoked token changes nothing.
	 * @throws NoSuchElementException if the owner has no such token
	 */
	@Transactional
	public void revoke(Username owner, ApiTokenId id) {
		ApiToken token = this.repository.find(id)
			.filter((t) -> t.owner().equals(owner))
			.orElseThrow(() -> new NoSuchElementException("Không có mã truy cập " + id));
		if (token.revokedAt() == null) {
			this.repository.revoke(id, owner, this.clock.instant());
			this.events.publishEvent(new ApiTokenChanged(owner, id, true));
		}
	}

	/**
	 * The login a presented token authenticates, with its owner's authorities and
	 * {@link #TOKEN_AUTHORITY}; empty if the token is malformed, unknown, of a disabled
	 * owner, revoked, expired or its secret is wrong (the caller is not told which).
	 */
	public Optional<UserDetails> authenticate(String presented) {
		Matcher m = (presented != null) ? FORMAT.matcher(presented.strip()) : null;
		if (m == null || !m.matches()) {
			return Optional.empty();
		}
		ApiTokenId id = ApiTokenId.of(m.group(1));
		Instant now = this.clock.instant();
		return this.repository.credential(id)
			.filter((c) -> MessageDigest.isEqual(c.secretHash().getBytes(StandardCharsets.US_ASCII),
					sha256(m.group(2)).getBytes(StandardCharsets.US_ASCII)))
			.filter((c) -> !c.revoked() && now.isBefore(c.expiresAt()))
			.flatMap((c) -> this.directory.findPerson(c.owner()))
			.map((person) -> {
				this.uses.used(id, now);
				List<GrantedAuthority> authorities = new ArrayList<>(DirectoryUserDetails.authorities(person));
				authorities.add(new SimpleGrantedAuthority(TOKEN_AUTHORITY));
				return User.withUsername(person.username().value()).password("").authorities(authorities).build();
			});
	}

	private static String sha256(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
