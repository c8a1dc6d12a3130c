package vn.vanthu.document;

/**
 * The outcome of text extraction for the current version.
 *
 * @param status extracted, failed or pending
 * @param reason why it failed (Vietnamese, for the clerk), or a note such as "OCR"
 */
public record Extraction(ExtractionStatus status, String reason) {

	public static Extraction extracted(String note) {
		return new Extraction(ExtractionStatus.EXTRACTED, note);
	}

	public static Extraction failed(String reason) {
		return new Extraction(ExtractionStatus.FAILED, reason);
	}

	public static Extraction pending() {
		return new Extraction(ExtractionStatus.PENDING, null);
	}

	public boolean failed() {
		return this.status == ExtractionStatus.FAILED;
	}

}
