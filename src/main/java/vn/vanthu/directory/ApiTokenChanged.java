package vn.vanthu.directory;

/**
 * Published when an API token is issued or revoked (for the audit log).
 *
 * @param owner whose token
 * @param token which
 * @param revoked {@code true} for a revocation, {@code false} for an issue
 */
public record ApiTokenChanged(Username owner, ApiTokenId token, boolean revoked) {
}
