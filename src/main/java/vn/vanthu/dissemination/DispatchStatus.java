package vn.vanthu.dissemination;

/** Where the sending of an issued document stands. */
public enum DispatchStatus {

	PREPARING("Chờ xác nhận nơi nhận"), SENT("Đã gửi"), RECALLED("Đã thu hồi");

	private final String label;

	DispatchStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
