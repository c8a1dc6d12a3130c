package vn.vanthu.directory.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.vanthu.directory.ApiToken;
import vn.vanthu.directory.IssuedApiToken;

/**
 * An API token in the API's answers; {@code token} (the secret) only in the answer that
 * issued it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TokenJson(String id, String owner, String name, String status, Instant createdAt, Instant expiresAt,
		Instant revokedAt, Instant lastUsedAt, String token) {

	static TokenJson of(ApiToken t) {
		return new TokenJson(t.id().value(), t.owner().value(), t.name(), t.status(), t.createdAt(), t.expiresAt(),
				t.revokedAt(), t.lastUsedAt(), null);
	}

	static TokenJson of(IssuedApiToken issued) {
		ApiToken t = issued.token();
		return new TokenJson(t.id().value(), t.owner().value(), t.name(), t.status(), t.createdAt(), t.expiresAt(),
				null, null, issued.secret());
	}

	/**
	 * What a client posts to get a token.
	 *
	 * @param name what the token is for
	 * @param expiresInDays its lifetime in days, or {@code null} for the default
	 */
	record Request(String name, Integer expiresInDays) {

		java.time.Duration lifetime() {
			return (this.expiresInDays != null) ? java.time.Duration.ofDays(this.expiresInDays) : null;
		}

	}

}
