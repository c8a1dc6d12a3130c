package vn.vanthu.dissemination;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of the sổ văn bản đến (Decree 30 Phụ lục VI).
 *
 * @param id the line id
 * @param unitCode the receiving unit
 * @param year the register year
 * @param seq số đến
 * @param documentId the document
 * @param receivedOn ngày đến
 * @param sender nơi gửi
 * @param number số, ký hiệu
 * @param issuedOn ngày văn bản
 * @param subject trích yếu
 * @param handlingUnit đơn vị xử lý
 * @param handlingDeadline hạn giải quyết
 * @param source DISPATCH or MANUAL
 * @param withdrawn recalled by its sender
 * @param handledBy who settled it (hand-registered documents), or {@code null}
 * @param handledAt when
 */
public record IncomingEntry(long id, String unitCode, int year, int seq, long documentId, LocalDate receivedOn,
		String sender, String number, LocalDate issuedOn, String subject, String handlingUnit,
		LocalDate handlingDeadline, String source, boolean withdrawn, String handledBy, Instant handledAt) {

}
