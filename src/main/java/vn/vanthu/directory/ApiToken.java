package vn.vanthu.directory;

import java.time.Instant;

/**
 * An API token as its owner and administrators see it: never its secret.
 *
 * @param id the public identifier
 * @param owner the person or service account it authenticates as
 * @param name what the owner called it (e.g. "sync script")
 * @param createdAt when it was issued
 * @param expiresAt when it stops working
 * @param revokedAt when it was revoked, or {@code null}
 * @param lastUsedAt when it last authenticated a request (to within a minute), or
 * {@code null}
 */
public record ApiToken(ApiTokenId id, Username owner, String name, Instant createdAt, Instant expiresAt,
		Instant revokedAt, Instant lastUsedAt) {

	/** Whether the token is still accepted at this instant. */
	public boolean activeAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	/** {@code ACTIVE}, {@code REVOKED} or {@code EXPIRED}, for display. */
	public String status() {
		if (this.revokedAt != null) {
			return "REVOKED";
		}
		return Instant.now().isBefore(this.expiresAt) ? "ACTIVE" : "EXPIRED";
	}

	ApiToken withLastUse(Instant lastUse) {
		return (lastUse == null || (this.lastUsedAt != null && !lastUse.isAfter(this.lastUsedAt))) ? this
				: new ApiToken(this.id, this.owner, this.name, this.createdAt, this.expiresAt, this.revokedAt, lastUse);
	}

}
