package vn.vanthu.account;

/**
 * Why a new password was refused; each has a message {@code password.rule.<NAME>} in
 * {@code messages.properties}.
 */
public enum PasswordRule {

	/** The current password given with a change is wrong. */
	WRONG_CURRENT,
	/** Shorter than {@code vanthu.accounts.password-min-length}. */
	TOO_SHORT,
	/** Over 72 bytes in UTF-8, which bcrypt cannot take. */
	TOO_LONG,
	/** Is or contains the login name. */
	CONTAINS_USERNAME,
	/**
	 * One of the most common passwords, a run of one character or a keyboard sequence.
	 */
	COMMON,
	/** The same as the current password. */
	SAME_AS_CURRENT,
	/** The login is locked after too many failures. */
	LOCKED

}
