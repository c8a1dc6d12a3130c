package vn.vanthu.ingest;

/**
 * The outcome of extracting one file.
 *
 * @param ok whether text was extracted
 * @param text the text (not yet NFC), or {@code null}
 * @param reason why extraction failed (Vietnamese), or {@code null}
 * @param ocr whether the text came from OCR
 */
public record ExtractedText(boolean ok, String text, String reason, boolean ocr) {

	static ExtractedText failed(String reason) {
		return new ExtractedText(false, null, reason, false);
	}

}
