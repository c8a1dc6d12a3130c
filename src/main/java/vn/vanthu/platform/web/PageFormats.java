package vn.vanthu.platform.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import vn.vanthu.platform.calendar.BusinessCalendar;

/**
 * How every page writes a time, a day and a number: {@code dd/MM/yyyy HH:mm} and
 * {@code dd/MM/yyyy} in Vietnam time whatever the server's zone, numbers in the page's
 * language ("1.234,5" in Vietnamese, "1,234.5" in English). Templates reach it as
 * {@code #fmt} ({@link PageFormatsDialect}); one place, so that no page writes "17:00
 * 20/12/2026" while another writes "20/12/2026 17:00".
 *
 * <p>
 * A {@link LocalDateTime} is taken as already in Vietnam time; {@code null} gives an
 * empty text, so a template needs no null test of its own.
 */
public final class PageFormats {

	/** The pattern of a time on a page. */
	public static final String DATE_TIME = "dd/MM/yyyy HH:mm";

	/** The pattern of a day on a page. */
	public static final String DATE = "dd/MM/yyyy";

	private static final DateTimeFormatter DATE_TIME_FORMAT = DateTimeFormatter.ofPattern(DATE_TIME);

	private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern(DATE);

	private final Locale locale;

	public PageFormats(Locale locale) {
		this.locale = (locale != null) ? locale : Locale.forLanguageTag("vi");
	}

	/** A moment as {@code dd/MM/yyyy HH:mm} in Vietnam time; a day alone as its date. */
	public String dateTime(Object value) {
		if (value instanceof LocalDate day) {
			return date(day);
		}
		LocalDateTime local = inVietnam(value);
		return (local != null) ? DATE_TIME_FORMAT.format(local) : "";
	}

	/** The day of a moment (in Vietnam) or a date, as {@code dd/MM/yyyy}. */
	public String date(Object value) {
		if (value instanceof LocalDate day) {
			return DATE_FORMAT.format(day);
		}
		LocalDateTime local = inVietnam(value);
		return (local != null) ? DATE_FORMAT.format(local) : "";
	}

	/** A number in the page's language, up to two decimals. */
	public String number(Number value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/**
	 * A share written as a percentage in the page's language: {@code 0.5} is "50%",
	 * {@code 1} is "100%" (no decimals unless they say something: "33,3%").
	 */
	public String percent(Number share) {
		if (share == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getPercentInstance(this.locale);
		format.setMaximumFractionDigits(1);
		return format.format(share.doubleValue());
	}

	private static LocalDateTime inVietnam(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Instant instant) {
			return LocalDateTime.ofInstant(instant, BusinessCalendar.ZONE);
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(BusinessCalendar.ZONE).toLocalDateTime();
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(BusinessCalendar.ZONE).toLocalDateTime();
		}
		if (value instanceof LocalDateTime local) {
			return local;
		}
		if (value instanceof java.util.Date legacy) {
			return LocalDateTime.ofInstant(legacy.toInstant(), BusinessCalendar.ZONE);
		}
		if (value instanceof TemporalAccessor other) {
			return LocalDateTime.from(other);
		}
		throw new IllegalArgumentException("Not a time: " + value.getClass().getName());
	}

}
