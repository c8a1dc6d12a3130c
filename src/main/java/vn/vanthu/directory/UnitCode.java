package vn.vanthu.directory;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of an organisational unit, e.g. {@code XA-BATIEU-VP}. Codes are ASCII so that
 * they can serve as engine group ids and URL segments; they are compared case-sensitively
 * and stored upper case.
 *
 * @param value the code, 1–64 characters of {@code A-Z 0-9 - _ .}
 */
public record UnitCode(String value) {

	private static final Pattern VALID = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,63}");

	public UnitCode {
		Objects.requireNonNull(value, "unit code");
		value = value.strip().toUpperCase(java.util.Locale.ROOT);
		if (!VALID.matcher(value).matches()) {
			throw new IllegalArgumentException("Mã đơn vị không hợp lệ: " + value);
		}
	}

	public static UnitCode of(String value) {
		return new UnitCode(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
