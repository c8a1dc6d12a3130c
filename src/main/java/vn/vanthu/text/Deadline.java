package vn.vanthu.text;

/**
 * A deadline stated in the text: a one-off ("chậm nhất ngày 09/8/2023", "hoàn thành trong
 * tháng 02/2024") or a recurring duty ("trước ngày 10/12 hằng năm", "vào thứ Hai hằng
 * tuần").
 *
 * @param date when a one-off falls due; for a recurring duty its first due date on or
 * after the document's date, {@code null} when the document has no date
 * @param recurring the recurring date of a recurring duty, {@code null} for a one-off
 * @param text the phrase as written, whitespace and markup collapsed
 * @param start offset of the phrase in the NFC text
 * @param end offset after it
 */
public record Deadline(DeadlineDate date, RecurringDate recurring, String text, int start, int end) {

	/** A one-off deadline. */
	public Deadline(DeadlineDate date, String text, int start, int end) {
		this(date, null, text, start, end);
	}

	/** Whether this is a recurring duty. */
	public boolean isRecurring() {
		return this.recurring != null;
	}

	/**
	 * The due date's string form for a one-off ("2023-08-09", "2024-02", "2024-Q1"), the
	 * recurring date's for a recurring duty ("YEARLY --12-10").
	 */
	public String label() {
		return this.recurring != null ? this.recurring.toString() : String.valueOf(this.date);
	}

}
