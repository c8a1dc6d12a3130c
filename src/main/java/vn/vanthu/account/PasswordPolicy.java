package vn.vanthu.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.vanthu.directory.Username;

/**
 * What a new password must be: at least {@code vanthu.accounts.password-min-length}
 * characters (10), at most 72 bytes (bcrypt's limit), not the login name nor containing
 * it, and not one of the most common passwords (English and Vietnamese lists,
 * {@code common-passwords.txt}), a run of one character or a keyboard sequence. Length
 * over composition rules, as NIST SP 800-63B advises.
 */
@Component
public class PasswordPolicy {

	private static final String[] SEQUENCES = { "01234567890", "09876543210", "abcdefghijklmnopqrstuvwxyz",
			"qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb", "1q2w3e4r5t6y7u8i9o0p" };

	private final AccountSettings settings;

	private final Set<String> common;

	PasswordPolicy(AccountSettings settings) {
		this.settings = settings;
		this.common = load();
	}

	/** The rules the password breaks for this person; empty when it is acceptable. */
	public List<PasswordRule> check(Username username, String password) {
		List<PasswordRule> broken = new ArrayList<>();
		String pw = (password != null) ? password : "";
		if (pw.codePointCount(0, pw.length()) < this.settings.passwordMinLength()) {
			broken.add(PasswordRule.TOO_SHORT);
		}
		if (pw.getBytes(StandardCharsets.UTF_8).length > 72) {
			broken.add(PasswordRule.TOO_LONG);
		}
		String lower = pw.toLowerCase(Locale.ROOT);
		String name = username.value();
		if (lower.equals(name) || (name.length() >= 4 && lower.contains(name))) {
			broken.add(PasswordRule.CONTAINS_USERNAME);
		}
		if (!pw.isEmpty() && isCommon(lower)) {
			broken.add(PasswordRule.COMMON);
		}
		return broken;
	}

	public int minLength() {
		return this.settings.passwordMinLength();
	}

	private boolean isCommon(String lower) {
		if (this.common.contains(lower) || lower.chars().distinct().count() == 1) {
			return true;
		}
		for (String sequence : SEQUENCES) {
			if (sequence.contains(lower)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				PasswordPolicy.class.getResourceAsStream("common-passwords.txt"), StandardCharsets.UTF_8))) {
			in.lines()
				.map(String::strip)
				.filter((l) -> !l.isEmpty() && !l.startsWith("#"))
				.forEach((l) -> words.add(l.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
