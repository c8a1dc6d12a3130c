package vn.vanthu.drafting;

/** The state of one recipient's comment request. */
public enum RequestStatus {

	PENDING("Chưa trả lời"), ANSWERED("Đã góp ý"), AGREED("Thống nhất, không có ý kiến"),
	NO_REPLY("Không có ý kiến phản hồi");

	private final String label;

	RequestStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
