package vn.vanthu.document;

/** Whether the text of a document's current version could be extracted. */
public enum ExtractionStatus {

	/** Not tried yet (e.g. a document created from metadata only). */
	PENDING("Chưa trích xuất"),
	/** Text extracted (possibly by OCR). */
	EXTRACTED("Đã trích xuất"),
	/** The file is stored but its text could not be read; the reason says why. */
	FAILED("Không trích xuất được");

	private final String label;

	ExtractionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
