package vn.vanthu.document;

/** Life-cycle status of a document in the library. */
public enum DocumentStatus {

	/** A draft, readable only by its drafter and granted readers. */
	DRAFT("Dự thảo"),
	/** Issued (ban hành) by its issuer. */
	ISSUED("Đã ban hành"),
	/** Received and registered. */
	RECEIVED("Đã tiếp nhận"),
	/** Withdrawn or recalled (thu hồi). */
	WITHDRAWN("Đã thu hồi");

	private final String label;

	DocumentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
