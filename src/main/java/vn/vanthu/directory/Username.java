package vn.vanthu.directory;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person's login name, which is also their engine user id: lower-case ASCII.
 *
 * @param value the login name, 1–64 characters of {@code a-z 0-9 _ . -}
 */
public record Username(String value) {

	private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");

	public Username {
		Objects.requireNonNull(value, "username");
		value = value.strip().toLowerCase(Locale.ROOT);
		if (!VALID.matcher(value).matches()) {
			throw new IllegalArgumentException("Tên đăng nhập không hợp lệ: " + value);
		}
	}

	public static Username of(String value) {
		return new Username(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
