package vn.vanthu.dissemination;

/** Where one line of Nơi nhận stands. */
public enum RecipientStatus {

	/** Proposed from the text, waiting for the clerk. */
	PROPOSED("Đề xuất"),
	/** External: recorded as sent through its channel. */
	SENT("Đã gửi"),
	/** Internal: in the recipient's incoming register, waiting for its clerk. */
	DELIVERED("Chờ tiếp nhận"),
	/** Internal: the recipient's clerk acknowledged it. */
	ACKNOWLEDGED("Đã tiếp nhận"),
	/** Recalled by the issuer. */
	WITHDRAWN("Đã thu hồi");

	private final String label;

	RecipientStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
