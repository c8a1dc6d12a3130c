package vn.vanthu.approval;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.VietnameseText;

/**
 * Written authorisations to sign (TUQ.) and acting heads (Q.). Kept in the approval
 * module rather than the directory so the directory stays untouched. Only the head of a
 * unit may authorise: an authorisation is never re-delegated.
 */
@Service
public class Delegations {

	private final JdbcClient jdbc;

	private final Directory directory;

	Delegations(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/**
	 * Records a written authorisation.
	 * @throws Problem 400 when it is not written, not a TUQ./Q., has no valid period, or
	 * the grantor is not the head of the unit (no re-delegation)
	 */
	@Transactional
	public Delegation grant(String from, String to, UnitCode unit, Capacity kind, String scope, LocalDate validFrom,
			LocalDate validTo, String documentRef, String createdBy) {
		if (kind != Capacity.TUQ && kind != Capacity.Q) {
			throw Problem.badRequest("delegation-kind", "Chỉ ghi nhận ủy quyền ký (TUQ.) hoặc giao quyền (Q.).");
		}
		if (documentRef == null || documentRef.isBlank()) {
			throw Problem.badRequest("delegation-unwritten",
					"Ủy quyền phải bằng văn bản: nhập số văn bản ủy quyền (ví dụ 05/GUQ-UBND).");
		}
		if (validFrom == null || validTo == null || validTo.isBefore(validFrom)) {
			throw Problem.badRequest("delegation-period", "Ủy quyền phải có thời hạn: từ ngày … đến ngày ….");
		}
		boolean head = this.directory.membersOf(unit)
			.stream()
			.anyMatch((m) -> m.username().value().equals(from) && m.position().isHead());
		if (!head) {
			throw Problem.badRequest("delegation-redelegated",
					"Chỉ người đứng đầu đơn vị mới được ủy quyền; người được ủy quyền không được ủy quyền lại.");
		}
		this.directory.person(new Username(to));
		org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc
			.sql("insert into signing_delegation (from_user, to_user, unit_code, grant_kind, scope, valid_from,"
					+ " valid_to, document_ref, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(from, to, unit.value(), kind.name(), scope == null ? null : VietnameseText.nfc(scope), validFrom,
					validTo, VietnameseText.nfc(documentRef.strip()), createdBy)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		return all().stream().filter((d) -> d.id() == id).findFirst().orElseThrow();
	}

	/** The authorisations given to a person for a unit, valid on a day. */
	public List<Delegation> validFor(String to, UnitCode unit, Capacity kind, LocalDate day) {
		return all().stream()
			.filter((d) -> d.to().equals(to) && d.unit().equals(unit.value()) && d.kind() == kind && d.isValidOn(day))
			.toList();
	}

	public List<Delegation> all() {
		return this.jdbc
			.sql("select id, from_user, to_user, unit_code, grant_kind, scope, valid_from, valid_to, document_ref"
					+ " from signing_delegation order by id")
			.query((rs, n) -> new Delegation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					Capacity.valueOf(rs.getString(5)), rs.getString(6), rs.getObject(7, LocalDate.class),
					rs.getObject(8, LocalDate.class), rs.getString(9)))
			.list();
	}

}
