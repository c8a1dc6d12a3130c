package vn.vanthu.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the signature block: capacity (TM., KT., TL., TUQ., Q.; party T/M, K/T, T/L), the
 * body or head signed for, the signer's title and name.
 */
final class SignatureReader {

	private static final Pattern CAPACITY = Pattern.compile(
			"^(TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T\\.M|K\\.T|T\\.L)(?:\\.|[ ]|(?<=/[MTL])(?=[ ]))[ ]{0,3}(\\p{Lu}.{1,80})$");

	private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{Ll}{0,7}(?:[ ]\\p{Lu}\\p{Ll}{0,7}){1,5}$");

	private static final Pattern SIGNED = Pattern
		.compile("(?i)^[(\\[]?(?:đã ký|đã kí|ký|kí|daky|ký tên, đóng dấu|ký, ghi rõ họ tên)[)\\]]?\\.?$");

	private SignatureReader() {
	}

	/**
	 * The first signature block at or after {@code from} (the end of the body), within 60
	 * lines.
	 */
	static Signer read(Lines lines, int from) {
		int first = lines.lineAt(Math.min(from, Math.max(0, lines.text().length() - 1)));
		int limit = Math.min(lines.count(), first + 60);
		for (int i = first; i < limit; i++) {
			String t = rightColumn(lines.trimmed(i));
			Matcher c = CAPACITY.matcher(t);
			if (c.matches() && HeaderReader.isUpper(c.group(2))) {
				String capacity = capacity(c.group(1));
				String onBehalfOf = VietnameseText.squash(c.group(2));
				String title = null;
				String name = null;
				for (int j = i + 1; j < Math.min(limit, i + 8); j++) {
					String u = rightColumn(lines.trimmed(j));
					if (u.isEmpty() || SIGNED.matcher(u).matches()) {
						continue;
					}
					if (title == null && HeaderReader.isUpper(u) && u.length() <= 60) {
						title = VietnameseText.squash(u);
					}
					else if (NAME.matcher(VietnameseText.squash(u)).matches()) {
						name = VietnameseText.squash(u);
						break;
					}
					else if (!u.startsWith("-")) {
						break;
					}
				}
				return new Signer(capacity, onBehalfOf, title, name);
			}
		}
		// Head signing in person: a short upper-case title followed by a name.
		for (int i = first; i < limit; i++) {
			String t = rightColumn(lines.trimmed(i));
			if (t.isEmpty() || !HeaderReader.isUpper(t) || t.length() > 50 || t.startsWith("-")
					|| t.split(" ").length > 7) {
				continue;
			}
			for (int j = i + 1; j < Math.min(limit, i + 6); j++) {
				String u = rightColumn(lines.trimmed(j));
				if (u.isEmpty() || SIGNED.matcher(u).matches()) {
					continue;
				}
				if (NAME.matcher(VietnameseText.squash(u)).matches()) {
					return new Signer(null, null, VietnameseText.squash(t), VietnameseText.squash(u));
				}
				break;
			}
		}
		return null;
	}

	private static String capacity(String raw) {
		return switch (raw) {
			case "T/M", "T.M" -> "T/M";
			case "K/T", "K.T" -> "K/T";
			case "T/L", "T.L" -> "T/L";
			default -> raw + ".";
		};
	}

	/**
	 * Flattened two-column lines ("- Lưu: VT. TL. CHỦ TỊCH"): the signature is on the
	 * right.
	 */
	private static String rightColumn(String line) {
		int gap = line.lastIndexOf("    ");
		return gap >= 0 ? line.substring(gap).trim() : line;
	}

}
