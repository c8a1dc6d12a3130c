package vn.vanthu.approval;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Membership;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.UnitKind;
import vn.vanthu.directory.Username;
import vn.vanthu.platform.Problem;

/**
 * Whether a person may sign a unit's document in a capacity (Decree 30 art. 13; party
 * guide 36-HD/VPTW). Each refusal is a 400 problem stating the rule:
 * <ul>
 * <li>in person: only the head of the issuing unit;</li>
 * <li>TM. / T/M: on behalf of a collective body (UBND, party committee), by its head or a
 * deputy;</li>
 * <li>KT. / K/T: only a deputy of the issuing unit, signing for its head;</li>
 * <li>TL. / T/L: only positions given that right
 * ({@link ApprovalSettings#byOrderPositions}) in the issuing unit or one of its
 * sub-units;</li>
 * <li>TUQ.: only under a written, unexpired authorisation from the head, never
 * re-delegated;</li>
 * <li>Q.: only an acting head named in writing for the period;</li>
 * <li>party issuers use T/M, K/T, T/L; state issuers TM., KT., TL., TUQ., Q.</li>
 * </ul>
 */
@Service
public class CapacityRules {

	private final Directory directory;

	private final Delegations delegations;

	private final ApprovalSettings settings;

	CapacityRules(Directory directory, Delegations delegations, ApprovalSettings settings) {
		this.directory = directory;
		this.delegations = delegations;
		this.settings = settings;
	}

	/**
	 * @throws Problem 400 {@code urn:vanthu:problem:capacity-*} when the capacity is not
	 * allowed, with the rule in the detail
	 */
	public void check(String signer, UnitCode issuer, Capacity capacity, LocalDate day) {
		Unit unit = this.directory.unit(issuer);
		boolean party = unit.kind().isParty();
		if (capacity != Capacity.IN_PERSON && capacity.isParty() != party) {
			throw refuse("capacity-form",
					party ? "Văn bản của cấp ủy Đảng ký với thẩm quyền T/M, K/T hoặc T/L, không dùng " + capacity.mark()
							+ "."
							: "Văn bản hành chính ký với thẩm quyền TM., KT., TL., TUQ. hoặc Q., không dùng "
									+ capacity.mark() + ".");
		}
		List<Membership> posts = this.directory.membersOf(issuer)
			.stream()
			.filter((m) -> m.username().value().equals(signer))
			.toList();
		boolean head = posts.stream().anyMatch((m) -> m.position().isHead());
		boolean deputy = posts.stream().anyMatch((m) -> m.position().isDeputy());
		switch (capacity) {
			case IN_PERSON -> require(head, "capacity-in-person",
					"Chỉ người đứng đầu " + unit.name() + " ký trực tiếp; cấp phó ký KT., người được ủy quyền ký TUQ.");
			case TM, PARTY_TM -> {
				boolean collective = unit.kind() == UnitKind.PEOPLES_COMMITTEE
						|| unit.kind() == UnitKind.PARTY_COMMITTEE;
				require(collective, "capacity-tm-collective",
						capacity.mark() + " chỉ dùng khi ký thay mặt tập thể (Ủy ban nhân dân, cấp ủy).");
				require(head || deputy, "capacity-tm",
						capacity.mark() + " chỉ do người đứng đầu hoặc cấp phó của " + unit.name() + " ký.");
			}
			case KT, PARTY_KT -> require(deputy, "capacity-kt",
					capacity.mark() + " chỉ do cấp phó của " + unit.name() + " ký thay người đứng đầu.");
			case TL, PARTY_TL -> require(mayByOrder(signer, issuer), "capacity-tl",
					capacity.mark() + " chỉ do người được giao quyền ký thừa lệnh (Chánh Văn phòng, Trưởng phòng) của "
							+ unit.name() + " ký.");
			case TUQ -> require(!this.delegations.validFor(signer, issuer, Capacity.TUQ, day).isEmpty(), "capacity-tuq",
					"TUQ. chỉ ký khi có văn bản ủy quyền còn hiệu lực của người đứng đầu; người được ủy quyền không được ủy quyền lại.");
			case Q -> require(!this.delegations.validFor(signer, issuer, Capacity.Q, day).isEmpty(), "capacity-q",
					"Q. chỉ do người được giao quyền người đứng đầu bằng văn bản, còn hiệu lực, ký.");
		}
	}

	private boolean mayByOrder(String signer, UnitCode issuer) {
		return this.directory.person(new Username(signer))
			.memberships()
			.stream()
			.filter((m) -> this.settings.byOrderPositions().contains(m.position()))
			.anyMatch((m) -> m.unit().equals(issuer) || issuer.equals(this.directory.unit(m.unit()).parent()));
	}

	private static void require(boolean ok, String slug, String rule) {
		if (!ok) {
			throw refuse(slug, rule);
		}
	}

	private static Problem refuse(String slug, String rule) {
		return (Problem) new Problem(org.springframework.http.HttpStatus.BAD_REQUEST, slug, "Sai thẩm quyền ký", rule)
			.with("rule", rule);
	}

}
