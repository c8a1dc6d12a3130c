package vn.vanthu.platform.security;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** A password login refused, unchecked, because its name is locked until a time. */
class LoginLockedException extends LockedException {

	private final transient Instant until;

	LoginLockedException(Instant until) {
		super("login locked until " + until);
		this.until = until;
	}

	Instant until() {
		return this.until;
	}

}
