package vn.vanthu.directory;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The public part of an API token: names it in lists and URLs, and is the look-up key
 * when the token is presented. Knowing it grants nothing without the secret.
 *
 * @param value 16 lower-case hexadecimal digits
 */
public record ApiTokenId(String value) {

	private static final Pattern VALID = Pattern.compile("[0-9a-f]{16}");

	public ApiTokenId {
		Objects.requireNonNull(value, "id");
		if (!VALID.matcher(value).matches()) {
			throw new IllegalArgumentException("Mã định danh token không hợp lệ: " + value);
		}
	}

	public static ApiTokenId of(String value) {
		return new ApiTokenId(value);
	}

	static ApiTokenId random(SecureRandom random) {
		byte[] bytes = new byte[8];
		random.nextBytes(bytes);
		return new ApiTokenId(HexFormat.of().formatHex(bytes));
	}

	@Override
	public String toString() {
		return this.value;
	}

}
