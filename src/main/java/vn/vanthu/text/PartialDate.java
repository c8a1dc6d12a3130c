package vn.vanthu.text;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A calendar date whose day or month may be missing, as in drafts ("ngày tháng 8 năm
 * 2023").
 *
 * @param year the year (always known)
 * @param month 1–12, or {@code null} when left blank
 * @param day 1–31, or {@code null} when left blank (always null when month is)
 */
public record PartialDate(int year, Integer month, Integer day) {

	public PartialDate {
		if (month == null && day != null) {
			day = null;
		}
	}

	/** A full date. */
	public static PartialDate of(LocalDate date) {
		return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/** Whether day, month and year are all known. */
	public boolean isComplete() {
		return this.month != null && this.day != null;
	}

	/** The date when complete. */
	public Optional<LocalDate> toLocalDate() {
		return isComplete() ? Optional.of(LocalDate.of(this.year, this.month, this.day)) : Optional.empty();
	}

	/** ISO form, shortened when partial: "2024-12-16", "2023-08", "2024". */
	@Override
	public String toString() {
		if (this.month == null) {
			return String.format("%04d", this.year);
		}
		if (this.day == null) {
			return String.format("%04d-%02d", this.year, this.month);
		}
		return String.format("%04d-%02d-%02d", this.year, this.month, this.day);
	}

}
