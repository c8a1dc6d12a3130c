package vn.vanthu.platform.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The business calendar's settings ({@code vanthu.calendar.*}); the fixed holidays of the
 * Labour Code need no setting.
 *
 * @param holidays days off besides Saturdays, Sundays and the fixed holidays (1/1, 30/4,
 * 1/5, 2/9 and their nghỉ bù): Tết Nguyên đán, Giỗ Tổ Hùng Vương, the day next to 2/9,
 * the weekdays swapped off, each year as the government announces them (ISO dates)
 * @param workingDays Saturdays and Sundays that are working days: the make-up days of a
 * swap (ISO dates)
 */
@ConfigurationProperties("vanthu.calendar")
public record CalendarSettings(@DefaultValue List<LocalDate> holidays, @DefaultValue List<LocalDate> workingDays) {

	public CalendarSettings {
		holidays = List.copyOf(holidays == null ? List.of() : holidays);
		workingDays = List.copyOf(workingDays == null ? List.of() : workingDays);
	}

}
