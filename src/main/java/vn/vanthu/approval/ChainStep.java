package vn.vanthu.approval;

import java.util.List;

/**
 * One step of an approval chain: who decides (people and/or engine groups such as
 * {@code XA-BATIEU:CHU_TICH}) and whether this is the signing step.
 *
 * @param no the step number, from 1
 * @param label what the step is ("Chánh Văn phòng thẩm tra", "Lãnh đạo ký")
 * @param candidateUsers logins that may decide
 * @param candidateGroups engine groups whose members may decide
 * @param signing whether approving this step signs the document (a capacity is required)
 */
public record ChainStep(int no, String label, List<String> candidateUsers, List<String> candidateGroups,
		boolean signing) {

	public ChainStep {
		candidateUsers = List.copyOf(candidateUsers == null ? List.of() : candidateUsers);
		candidateGroups = List.copyOf(candidateGroups == null ? List.of() : candidateGroups);
		if (candidateUsers.isEmpty() && candidateGroups.isEmpty()) {
			throw new IllegalArgumentException("Bước \"" + label + "\" cần ít nhất một người hoặc nhóm duyệt.");
		}
	}

}
