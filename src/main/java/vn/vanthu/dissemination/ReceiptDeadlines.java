package vn.vanthu.dissemination;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When an incoming document must be acknowledged: the same working day at 17:00 when it
 * arrives on a working day before noon, otherwise the next working day at 17:00 (weekends
 * are not working days; public holidays are not modelled yet).
 */
public final class ReceiptDeadlines {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private ReceiptDeadlines() {
	}

	public static Instant dueFor(Instant receivedAt) {
		ZonedDateTime t = receivedAt.atZone(VIETNAM);
		if (!working(t) || !t.toLocalTime().isBefore(LocalTime.NOON)) {
			do {
				t = t.plusDays(1);
			}
			while (!working(t));
		}
		return t.with(LocalTime.of(17, 0)).toInstant();
	}

	private static boolean working(ZonedDateTime t) {
		return t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
