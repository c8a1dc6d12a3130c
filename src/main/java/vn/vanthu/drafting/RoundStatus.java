package vn.vanthu.drafting;

/**
 * Where a comment round stands: open for answers, closed (awaiting the drafter's
 * synthesis and decision), or finished with an outcome.
 */
public enum RoundStatus {

	OPEN("Đang lấy ý kiến"), CLOSED("Đã kết thúc, chờ tổng hợp"), FINISHED("Đã xử lý xong");

	private final String label;

	RoundStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
