package vn.vanthu.text;

/**
 * Secrecy marks (độ mật) of a document. Secret documents never appear in general search.
 */
public enum Secrecy {

	/** Mật. */
	MAT("Mật"),
	/** Tối mật. */
	TOI_MAT("Tối mật"),
	/** Tuyệt mật. */
	TUYET_MAT("Tuyệt mật");

	private final String label;

	Secrecy(String label) {
		this.label = label;
	}

	/** The Vietnamese label. */
	public String label() {
		return this.label;
	}

}
