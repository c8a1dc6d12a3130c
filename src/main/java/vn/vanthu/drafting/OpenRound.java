package vn.vanthu.drafting;

import java.time.Instant;
import java.util.List;

/**
 * What the drafter asks when opening a round.
 *
 * @param recipients logins, {@code unit:CODE} (its head) or {@code unit:CODE:all}
 * @param deadline when answers stop, or {@code null} for five working days at 17:00
 * @param remindBefore ISO period or duration before the deadline ({@code P1D} default:
 * one working day), or {@code NONE} for no reminder
 * @param message the covering message
 */
public record OpenRound(List<String> recipients, Instant deadline, String remindBefore, String message) {

}
