package vn.vanthu.platform;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a login name may try a password now. The security configuration asks before
 * checking any password (form and HTTP Basic); the accounts module implements it, so that
 * the platform does not depend on it.
 */
public interface LoginLockout {

	/**
	 * When the lock on this login name ends, or empty when it may try. The name is taken
	 * as typed: unknown names lock like real ones, so the answer tells nothing about
	 * which accounts exist.
	 */
	Optional<Instant> lockedUntil(String login);

}
