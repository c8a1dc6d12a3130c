package vn.vanthu.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When something is due: an exact day, a whole month ("trong tháng 02/2024") or a quarter
 * ("trong quý I/2024"). Its string form is {@code 2023-08-09}, {@code 2024-02} or
 * {@code 2024-Q1}.
 *
 * @param precision what the value designates
 * @param year the year
 * @param period the month (1–12) for DATE and MONTH, the quarter (1–4) for QUARTER
 * @param day the day of month for DATE, 0 otherwise
 */
public record DeadlineDate(Precision precision, int year, int period, int day) {

	private static final Pattern FORM = Pattern.compile("(\\d{4})-(?:Q([1-4])|(\\d{2})(?:-(\\d{2}))?)");

	/** What a deadline value designates. */
	public enum Precision {

		/** One calendar day. */
		DATE,
		/** A calendar month. */
		MONTH,
		/** A calendar quarter. */
		QUARTER

	}

	public DeadlineDate {
		if (precision == Precision.DATE) {
			LocalDate.of(year, period, day); // validates
		}
		else if (precision == Precision.MONTH && (period < 1 || period > 12)) {
			throw new IllegalArgumentException("month " + period);
		}
		else if (precision == Precision.QUARTER && (period < 1 || period > 4)) {
			throw new IllegalArgumentException("quarter " + period);
		}
	}

	/** An exact day. */
	public static DeadlineDate of(LocalDate date) {
		return new DeadlineDate(Precision.DATE, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/** A whole month. */
	public static DeadlineDate ofMonth(int year, int month) {
		return new DeadlineDate(Precision.MONTH, year, month, 0);
	}

	/** A whole quarter. */
	public static DeadlineDate ofQuarter(int year, int quarter) {
		return new DeadlineDate(Precision.QUARTER, year, quarter, 0);
	}

	/** Parses the string form ("2023-08-09", "2024-02", "2024-Q1"). */
	public static Optional<DeadlineDate> parse(String text) {
		Matcher m = FORM.matcher(text == null ? "" : text.trim());
		if (!m.matches()) {
			return Optional.empty();
		}
		try {
			int year = Integer.parseInt(m.group(1));
			if (m.group(2) != null) {
				return Optional.of(ofQuarter(year, Integer.parseInt(m.group(2))));
			}
			int month = Integer.parseInt(m.group(3));
			if (m.group(4) == null) {
				return Optional.of(ofMonth(year, month));
			}
			return Optional.of(of(LocalDate.of(year, month, Integer.parseInt(m.group(4)))));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** The first day the value covers. */
	public LocalDate firstDay() {
		return switch (this.precision) {
			case DATE -> LocalDate.of(this.year, this.period, this.day);
			case MONTH -> LocalDate.of(this.year, this.period, 1);
			case QUARTER -> LocalDate.of(this.year, this.period * 3 - 2, 1);
		};
	}

	/**
	 * The last day the value covers: the due date to use for reminders and overdue
	 * checks.
	 */
	public LocalDate lastDay() {
		return switch (this.precision) {
			case DATE -> LocalDate.of(this.year, this.period, this.day);
			case MONTH -> YearMonth.of(this.year, this.period).atEndOfMonth();
			case QUARTER -> YearMonth.of(this.year, this.period * 3).atEndOfMonth();
		};
	}

	@Override
	public String toString() {
		return switch (this.precision) {
			case DATE -> String.format("%04d-%02d-%02d", this.year, this.period, this.day);
			case MONTH -> String.format("%04d-%02d", this.year, this.period);
			case QUARTER -> String.format("%04d-Q%d", this.year, this.period);
		};
	}

}
