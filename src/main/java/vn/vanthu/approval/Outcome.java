package vn.vanthu.approval;

/** What an approver decides at a step. */
public enum Outcome {

	/** Duyệt (or ký, at the signing step): the chain goes on. */
	APPROVE("Đồng ý"),
	/** Trả lại để chỉnh sửa: back to the drafter, with a reason. */
	RETURN("Trả lại chỉnh sửa"),
	/** Không duyệt: the approval ends. */
	REJECT("Không duyệt"),
	/** The drafter resubmitted a new version after a return. */
	RESUBMIT("Trình lại"),
	/** The clerk issued the document with its number. */
	ISSUE("Ban hành");

	private final String label;

	Outcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
