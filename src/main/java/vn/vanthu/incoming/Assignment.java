package vn.vanthu.incoming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A leader's assignment of an incoming item (Decree 30 Art. 21); a re-assignment is a new
 * one, the earlier ones stay as history.
 *
 * @param id the assignment id
 * @param incomingId the incoming item
 * @param leadUnit đơn vị xử lý chính
 * @param coUnits đơn vị phối hợp
 * @param infoUnits units that receive it for information (nhận để biết)
 * @param infoPeople people who receive it for information
 * @param deadline hạn giải quyết
 * @param instructions ý kiến chỉ đạo, or {@code null}
 * @param assignedBy the leader
 * @param assignedAt when
 */
public record Assignment(long id, long incomingId, String leadUnit, List<String> coUnits, List<String> infoUnits,
		List<String> infoPeople, LocalDate deadline, String instructions, String assignedBy, Instant assignedAt) {

	public Assignment {
		coUnits = List.copyOf(coUnits);
		infoUnits = List.copyOf(infoUnits);
		infoPeople = List.copyOf(infoPeople);
	}

}
