package vn.vanthu.dissemination;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import vn.vanthu.platform.calendar.BusinessCalendar;

/**
 * When an incoming document must be acknowledged: the same working day at 17:00 when it
 * arrives on a working day before noon, otherwise the next working day at 17:00 (working
 * days are the shared {@link BusinessCalendar}'s: no weekends, no public holidays).
 */
@Component
public class ReceiptDeadlines {

	public static final ZoneId VIETNAM = BusinessCalendar.ZONE;

	static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

	private final BusinessCalendar calendar;

	public ReceiptDeadlines(BusinessCalendar calendar) {
		this.calendar = calendar;
	}

	public Instant dueFor(Instant receivedAt) {
		ZonedDateTime t = receivedAt.atZone(VIETNAM);
		LocalDate day = t.toLocalDate();
		if (!this.calendar.isWorkingDay(day) || !t.toLocalTime().isBefore(LocalTime.NOON)) {
			day = this.calendar.nextWorkingDay(day);
		}
		return day.atTime(END_OF_DAY).atZone(VIETNAM).toInstant();
	}

}
