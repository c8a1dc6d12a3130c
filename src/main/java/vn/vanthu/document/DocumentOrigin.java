package vn.vanthu.document;

/** Where a document came from. */
public enum DocumentOrigin {

	/** Drafted and issued in Vanthu. */
	DRAFTED("Soạn thảo"),
	/** Received from another body and registered (văn bản đến). */
	RECEIVED("Văn bản đến"),
	/** Loaded from a file or an archive. */
	IMPORTED("Nhập từ tệp");

	private final String label;

	DocumentOrigin(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
