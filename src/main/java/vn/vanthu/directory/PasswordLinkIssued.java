package vn.vanthu.directory;

import java.time.Instant;

/**
 * Published when a person got a one-time link to set their password, so that it can be
 * mailed once the transaction that created it commits. The event holds the link itself:
 * it lives only in memory, never in a table.
 *
 * @param username who the link is for
 * @param fullName their name, for the greeting
 * @param email their address, or {@code null} when the link can only be handed over
 * @param path the app-relative link, {@code /set-password?token=…}
 * @param expiresAt when the link stops working
 */
public record PasswordLinkIssued(Username username, String fullName, String email, String path, Instant expiresAt) {
}
