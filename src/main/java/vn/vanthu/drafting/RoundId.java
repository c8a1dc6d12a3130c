package vn.vanthu.drafting;

/**
 * The id of a comment round.
 *
 * @param value the database id
 */
public record RoundId(long value) {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
