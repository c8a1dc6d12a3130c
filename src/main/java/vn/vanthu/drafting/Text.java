package vn.vanthu.drafting;

import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Input cleaning and Vietnamese date formatting shared by the module. */
final class Text {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
		.withZone(WorkingDays.VIETNAM);

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(WorkingDays.VIETNAM);

	private Text() {
	}

	/** NFC, stripped; {@code null} when blank. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
		return nfc.isEmpty() ? null : nfc;
	}

	static String clean(String text, int max, String what) {
		String clean = clean(text);
		if (clean != null && clean.length() > max) {
			throw new IllegalArgumentException(what + " quá dài (tối đa " + max + " ký tự)");
		}
		return clean;
	}

	static String time(Instant instant) {
		return (instant != null) ? TIME.format(instant) : "";
	}

}
