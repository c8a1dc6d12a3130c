package vn.vanthu.followup;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Follow-up settings ({@code vanthu.followup.*}).
 *
 * @param defaultDays the due date of a task whose directive states none: this many
 * calendar days after confirmation, moved back to a working day
 * @param reminderWorkingDays how many working days before the due date the reminder fires
 * @param holidays public holidays (not working days) besides Saturdays and Sundays
 */
@ConfigurationProperties("vanthu.followup")
public record FollowupSettings(@DefaultValue("30") int defaultDays, @DefaultValue("3") int reminderWorkingDays,
		@DefaultValue List<LocalDate> holidays) {

	public FollowupSettings {
		holidays = List.copyOf(holidays == null ? List.of() : holidays);
	}

	public WorkingDays workingDays() {
		return new WorkingDays(this.holidays);
	}

}
