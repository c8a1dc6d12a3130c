package vn.vanthu.text;

/** Urgency marks (độ khẩn) of a document. */
public enum Urgency {

	/** Khẩn. */
	KHAN("Khẩn"),
	/** Thượng khẩn. */
	THUONG_KHAN("Thượng khẩn"),
	/** Hỏa tốc. */
	HOA_TOC("Hỏa tốc");

	private final String label;

	Urgency(String label) {
		this.label = label;
	}

	/** The Vietnamese label. */
	public String label() {
		return this.label;
	}

}
