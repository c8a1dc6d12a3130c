package vn.vanthu.approval;

/** The identity of an approval case. */
public record ApprovalId(long value) {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
