package vn.vanthu.followup;

/** Where a tracked task stands. */
public enum TaskStatus {

	/** Being carried out by the lead unit (also after a return). */
	OPEN("Đang thực hiện"),
	/** Completion reported, waiting for the assigner to accept or return it. */
	SUBMITTED("Chờ xác nhận hoàn thành"),
	/** Completion accepted by the assigner. */
	DONE("Đã hoàn thành"),
	/** Dropped by the assigner; not counted in reports. */
	CANCELLED("Đã hủy");

	private final String label;

	TaskStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
