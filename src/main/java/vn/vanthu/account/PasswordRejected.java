package vn.vanthu.account;

import java.util.List;

/** A new password (or the current one given with it) was refused, for these reasons. */
public class PasswordRejected extends RuntimeException {

	private final List<PasswordRule> rules;

	private final int minLength;

	public PasswordRejected(List<PasswordRule> rules, int minLength) {
		super("password refused: " + rules);
		this.rules = List.copyOf(rules);
		this.minLength = minLength;
	}

	public List<PasswordRule> rules() {
		return this.rules;
	}

	/** The configured shortest length, for the {@link PasswordRule#TOO_SHORT} message. */
	public int minLength() {
		return this.minLength;
	}

}
