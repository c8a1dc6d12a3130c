package vn.vanthu.document;

import java.util.Locale;
import java.util.Optional;

import vn.vanthu.text.DocumentNumber;
import vn.vanthu.text.VietnameseText;

/**
 * A document number in its display and matching forms.
 *
 * @param canonical the display form ("673/QĐ-UBND")
 * @param key the folded matching key ("673/QD-UBND")
 * @param year the year part of normative numbers, or {@code null}
 */
public record NumberForm(String canonical, String key, Integer year) {

	/**
	 * Reads a number typed or written in any spelling: "Số: 673/QD - UBND",
	 * "673/qđ-ubnd". Text that the text module does not recognise as a number keeps its
	 * NFC form, with a key folded and without spaces, so it still matches itself.
	 * @return empty for blank input or a blank draft number ("/UBND")
	 */
	public static Optional<NumberForm> of(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String nfc = VietnameseText.nfc(text).strip();
		Optional<DocumentNumber> parsed = DocumentNumber.parse(nfc);
		if (parsed.isPresent()) {
			DocumentNumber number = parsed.get();
			if (number.isBlank()) {
				return Optional.empty();
			}
			return Optional.of(new NumberForm(number.canonical(), number.key(), number.year()));
		}
		String key = VietnameseText.fold(nfc).toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
		return Optional.of(new NumberForm(nfc, key, null));
	}

	/** Whether the text looks like a document number (the text module parses it). */
	public static boolean looksLikeNumber(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		Optional<DocumentNumber> parsed = DocumentNumber.parse(VietnameseText.nfc(text).strip());
		return parsed.isPresent() && !parsed.get().isBlank();
	}

}
