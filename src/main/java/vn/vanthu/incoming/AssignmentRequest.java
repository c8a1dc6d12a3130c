package vn.vanthu.incoming;

import java.time.LocalDate;
import java.util.List;

/**
 * What the leader decides for an incoming item. Lists may be {@code null} (none).
 *
 * @param leadUnit đơn vị xử lý chính (required)
 * @param coUnits đơn vị phối hợp
 * @param infoUnits units for information
 * @param infoPeople usernames for information
 * @param deadline hạn giải quyết; {@code null} takes the proposed one
 * @param instructions ý kiến chỉ đạo
 */
public record AssignmentRequest(String leadUnit, List<String> coUnits, List<String> infoUnits, List<String> infoPeople,
		LocalDate deadline, String instructions) {

	public AssignmentRequest {
		coUnits = clean(coUnits);
		infoUnits = clean(infoUnits);
		infoPeople = clean(infoPeople);
	}

	private static List<String> clean(List<String> codes) {
		return codes == null ? List.of()
				: codes.stream().filter((c) -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
	}

}
