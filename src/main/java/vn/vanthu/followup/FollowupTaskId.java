package vn.vanthu.followup;

/**
 * The identity of a tracked task.
 *
 * @param value the database id, positive
 */
public record FollowupTaskId(long value) {

	public FollowupTaskId {
		if (value <= 0) {
			throw new IllegalArgumentException("Mã nhiệm vụ không hợp lệ: " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
