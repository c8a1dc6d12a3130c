package vn.vanthu.approval;

/** Where an approval stands. */
public enum ApprovalStatus {

	IN_REVIEW("Đang trình duyệt"), RETURNED("Trả lại chỉnh sửa"), SIGNED("Đã ký, chờ ban hành"), ISSUED("Đã ban hành"),
	REJECTED("Không duyệt");

	private final String label;

	ApprovalStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
