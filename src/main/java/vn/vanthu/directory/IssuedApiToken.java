package vn.vanthu.directory;

/**
 * A token just issued, with the one copy of its secret that will ever exist outside the
 * client: Vanthu keeps only its SHA-256.
 *
 * @param token the stored token
 * @param secret the whole value to send as {@code Authorization: Bearer <secret>}
 */
public record IssuedApiToken(ApiToken token, String secret) {

	@Override
	public String toString() {
		return "IssuedApiToken[" + this.token.id() + "]";
	}

}
