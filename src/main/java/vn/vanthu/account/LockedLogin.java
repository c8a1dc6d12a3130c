package vn.vanthu.account;

import java.time.Instant;

/**
 * A login name locked after too many failed logins.
 *
 * @param login the name as typed (normalised), whether or not such a person exists
 * @param lockedAt when the last failure locked it
 * @param lockedUntil when the lock ends by itself
 */
public record LockedLogin(String login, Instant lockedAt, Instant lockedUntil) {
}
