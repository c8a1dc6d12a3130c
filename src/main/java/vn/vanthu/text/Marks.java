package vn.vanthu.text;

import java.util.Locale;

/** Urgency and secrecy marks, written alone on a header line ("HỎA TỐC", "MẬT"). */
final class Marks {

	private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern
		.compile("^(?:ĐỘ KHẨN|ĐỘ MẬT)[ ]?:[ ]?");

	private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern
		.compile("^[\\[(\"“']{1,3}|[\\])\"”'.]{1,3}$");

	private Marks() {
	}

	static boolean isMark(String line) {
		return urgencyOf(line) != null || secrecyOf(line) != null;
	}

	static Urgency urgency(Lines lines, int lastLine) {
		for (int i = 0; i <= lastLine && i < lines.count(); i++) {
			Urgency u = urgencyOf(lines.trimmed(i));
			if (u != null) {
				return u;
			}
		}
		return null;
	}

	static Secrecy secrecy(Lines lines, int lastLine) {
		for (int i = 0; i <= lastLine && i < lines.count(); i++) {
			Secrecy s = secrecyOf(lines.trimmed(i));
			if (s != null) {
				return s;
			}
		}
		return null;
	}

	static Urgency urgencyOf(String line) {
		String t = normal(line);
		return switch (t) {
			case "KHẨN" -> Urgency.KHAN;
			case "THƯỢNG KHẨN" -> Urgency.THUONG_KHAN;
			case "HỎA TỐC", "HOẢ TỐC", "HỎA TỐC HẸN GIỜ", "HOẢ TỐC HẸN GIỜ" -> Urgency.HOA_TOC;
			default -> null;
		};
	}

	static Secrecy secrecyOf(String line) {
		String t = normal(line);
		return switch (t) {
			case "MẬT" -> Secrecy.MAT;
			case "TỐI MẬT" -> Secrecy.TOI_MAT;
			case "TUYỆT MẬT" -> Secrecy.TUYET_MAT;
			default -> null;
		};
	}

	/**
	 * Every mark has Ẩ (KHẨN), Ố (TỐC) or Ậ (MẬT): a cheap test before the normalising.
	 */
	private static boolean hasMarkLetter(String line) {
		for (int i = 0; i < line.length(); i++) {
			switch (line.charAt(i)) {
				case 'ẩ', 'Ẩ', 'ố', 'Ố', 'ậ', 'Ậ' -> {
					return true;
				}
				default -> {
				}
			}
		}
		return false;
	}

	/**
	 * Upper case, squashed, without surrounding brackets, quotes or a "Độ khẩn:" label.
	 */
	private static String normal(String line) {
		if (line.length() > 40 || !hasMarkLetter(line)) {
			return "";
		}
		String t = VietnameseText.squash(line).toUpperCase(Locale.ROOT);
		t = LABEL.matcher(t).replaceFirst("");
		return BRACKETS.matcher(t).replaceAll("").trim();
	}

}
