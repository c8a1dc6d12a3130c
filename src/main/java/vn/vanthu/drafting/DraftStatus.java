package vn.vanthu.drafting;

/** Where a draft stands. */
public enum DraftStatus {

	DRAFTING("Đang dự thảo"), SUBMITTED("Đã trình duyệt"), ABANDONED("Đã hủy bỏ");

	private final String label;

	DraftStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
