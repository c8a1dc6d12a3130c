package vn.vanthu.drafting;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Membership;
import vn.vanthu.directory.UnitCode;

/**
 * The default approvers until the approval module decides: the heads and deputies of the
 * issuing unit plus the head of the drafter's unit (the chánh văn phòng checks what the
 * office sends up).
 */
@Component
class HeadsAsApprovers implements DraftApprovers {

	private final Directory directory;

	HeadsAsApprovers(Directory directory) {
		this.directory = directory;
	}

	@Override
	public Set<String> of(Draft draft) {
		Set<String> approvers = new LinkedHashSet<>();
		this.directory.membersOf(UnitCode.of(draft.issuerUnit()))
			.stream()
			.filter((m) -> m.position().isHead() || m.position().isDeputy())
			.map(Membership::username)
			.forEach((u) -> approvers.add(u.value()));
		if (draft.drafterUnit() != null) {
			this.directory.headsOf(UnitCode.of(draft.drafterUnit())).forEach((u) -> approvers.add(u.value()));
		}
		approvers.remove(draft.drafter());
		return approvers;
	}

}
