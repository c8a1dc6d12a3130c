package vn.vanthu.incoming;

/** Where an incoming item stands, from registration to its closing. */
public enum IncomingState {

	/** Registered and presented to the leader, not yet assigned. */
	AWAITING_ASSIGNMENT("Chờ phân công"),
	/** Assigned to a lead unit, being handled. */
	ASSIGNED("Đang giải quyết"),
	/** Settled without an outgoing document (with a note). */
	HANDLED("Đã giải quyết"),
	/** Kept for information only (lưu để biết). */
	FILED("Lưu để biết"),
	/** Answered by an issued outgoing document. */
	ANSWERED("Đã trả lời");

	private final String label;

	IncomingState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean closed() {
		return this != AWAITING_ASSIGNMENT && this != ASSIGNED;
	}

}
