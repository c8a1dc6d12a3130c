package vn.vanthu.drafting;

import java.time.Instant;

/**
 * One step in a draft's history: who did what, when.
 *
 * @param roundId the round concerned, or {@code null}
 * @param actor the login, or {@code system} for timers
 * @param action a stable code such as {@code ROUND_OPENED}
 * @param detail a Vietnamese description
 * @param at when
 */
public record HistoryEntry(Long roundId, String actor, String action, String detail, Instant at) {

}
