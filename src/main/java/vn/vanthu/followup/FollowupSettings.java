package vn.vanthu.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Follow-up settings ({@code vanthu.followup.*}). Public holidays are the shared
 * calendar's ({@code vanthu.calendar.*}); the former {@code vanthu.followup.holidays}
 * still adds to them.
 *
 * @param defaultDays the due date of a task whose directive states none: this many
 * calendar days after confirmation, moved back to a working day
 * @param reminderWorkingDays how many working days before the due date the reminder fires
 */
@ConfigurationProperties("vanthu.followup")
public record FollowupSettings(@DefaultValue("30") int defaultDays, @DefaultValue("3") int reminderWorkingDays) {

}
