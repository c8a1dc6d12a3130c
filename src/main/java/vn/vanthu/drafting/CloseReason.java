package vn.vanthu.drafting;

/** Why a round closed. */
public enum CloseReason {

	ALL_ANSWERED("Tất cả đã trả lời"), DEADLINE("Hết hạn góp ý"), DRAFTER("Người soạn thảo kết thúc sớm");

	private final String label;

	CloseReason(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
