package vn.vanthu.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of a group of tasks on the report's day.
 *
 * @param doneOnTime done on or before the due date
 * @param doneLate done after the due date
 * @param openOverdue not done, due date passed
 * @param openNotDue not done, not yet due
 * @param duePassed tasks whose due date has passed, whatever their state
 */
public record Counts(int doneOnTime, int doneLate, int openOverdue, int openNotDue, int duePassed) {

	/** Definition of {@link #overdueRate()}, shown next to the figure. */
	public static final String OVERDUE_RATE_DEFINITION = "Tỷ lệ quá hạn = số nhiệm vụ chưa hoàn thành đã quá hạn"
			+ " ÷ (số đã hoàn thành + số chưa hoàn thành đã quá hạn)";

	/** Definition of {@link #lateRate()}, shown next to the figure. */
	public static final String LATE_RATE_DEFINITION = "Tỷ lệ trễ hạn = (số hoàn thành quá hạn + số chưa hoàn thành"
			+ " đã quá hạn) ÷ số nhiệm vụ đã đến hạn (hạn trước ngày báo cáo)";

	public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

	public Counts plus(Category category, boolean duePassed) {
		return new Counts(this.doneOnTime + (category == Category.DONE_ON_TIME ? 1 : 0),
				this.doneLate + (category == Category.DONE_LATE ? 1 : 0),
				this.openOverdue + (category == Category.OPEN_OVERDUE ? 1 : 0),
				this.openNotDue + (category == Category.OPEN_NOT_DUE ? 1 : 0), this.duePassed + (duePassed ? 1 : 0));
	}

	public int done() {
		return this.doneOnTime + this.doneLate;
	}

	public int total() {
		return done() + this.openOverdue + this.openNotDue;
	}

	/**
	 * Open-overdue ÷ (done + open-overdue), in percent with one decimal, or {@code null}
	 * when nothing is done or overdue.
	 */
	public BigDecimal overdueRate() {
		return percent(this.openOverdue, done() + this.openOverdue);
	}

	/**
	 * (done late + open overdue) ÷ tasks whose due date has passed, in percent, or
	 * {@code null} when none is due yet.
	 */
	public BigDecimal lateRate() {
		return percent(this.doneLate + this.openOverdue, this.duePassed);
	}

	private static BigDecimal percent(int part, int whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
