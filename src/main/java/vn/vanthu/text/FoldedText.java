package vn.vanthu.text;

/**
 * A folded rendering of an NFC text with the way back to the original offsets.
 *
 * @param original the NFC text that was folded
 * @param text the folded text (lower case, no diacritics, đ → d)
 * @param offsets for each index {@code i} of {@code text} (and for
 * {@code text.length()}), the index in {@code original} of the character it came from
 */
public record FoldedText(String original, String text, int[] offsets) {

	/**
	 * Maps an offset in the folded text (0..length inclusive) to one in the original
	 * text.
	 */
	public int originalOffset(int foldedOffset) {
		if (foldedOffset <= 0) {
			return 0;
		}
		if (foldedOffset >= this.offsets.length) {
			return this.original.length();
		}
		return this.offsets[foldedOffset];
	}

	/**
	 * Maps a folded span [start, end) back to the original span [start, end): the end is
	 * the character after the last folded one.
	 */
	public int originalEnd(int foldedEnd) {
		if (foldedEnd <= 0) {
			return 0;
		}
		if (foldedEnd >= this.text.length()) {
			return this.original.length();
		}
		int last = this.offsets[foldedEnd - 1];
		return last + Character.charCount(this.original.codePointAt(last));
	}

}
