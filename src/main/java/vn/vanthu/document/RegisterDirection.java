package vn.vanthu.document;

/** Which register: documents sent (sổ văn bản đi) or received (sổ văn bản đến). */
public enum RegisterDirection {

	OUTGOING("Sổ văn bản đi"), INCOMING("Sổ văn bản đến");

	private final String label;

	RegisterDirection(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
