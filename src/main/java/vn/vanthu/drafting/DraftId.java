package vn.vanthu.drafting;

/**
 * The id of a draft.
 *
 * @param value the database id
 */
public record DraftId(long value) {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
