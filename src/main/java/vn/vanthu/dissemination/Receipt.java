package vn.vanthu.dissemination;

import java.time.Instant;

/**
 * One line of Nơi nhận and what became of it.
 *
 * @param id the line id
 * @param dispatchId the dispatch
 * @param label the line as written ("Đoàn Thanh niên xã")
 * @param unitCode the internal unit it was matched to, or {@code null} when external
 * @param external an external recipient (recorded as sent)
 * @param channel for external recipients: e-mail, bưu chính, trục liên thông
 * @param status where it stands
 * @param incomingId the recipient's incoming register line, once delivered
 * @param dueAt when the recipient's clerk must acknowledge
 * @param overdue the acknowledgement came late or is late
 * @param acknowledgedBy who acknowledged
 * @param acknowledgedAt when
 */
public record Receipt(long id, long dispatchId, String label, String unitCode, boolean external, String channel,
		RecipientStatus status, Long incomingId, Instant dueAt, boolean overdue, String acknowledgedBy,
		Instant acknowledgedAt) {

}
