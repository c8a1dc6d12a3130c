package vn.vanthu.text;

/** How often a periodic duty recurs ("định kỳ 6 tháng", "hằng quý", "hàng tháng"). */
public enum Recurrence {

	/** Hằng tuần. */
	WEEKLY,
	/** Hằng tháng. */
	MONTHLY,
	/** Hằng quý. */
	QUARTERLY,
	/** Định kỳ 6 tháng. */
	SEMIANNUAL,
	/** Hằng năm. */
	ANNUAL

}
