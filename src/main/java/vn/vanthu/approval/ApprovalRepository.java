package vn.vanthu.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.DocumentId;
import vn.vanthu.text.Urgency;

/** SQL for approval cases and their decisions. */
@Repository
class ApprovalRepository {

	private static final String SELECT = "select id, document_id, chain_id, issuer_unit, doc_kind, subject, drafter,"
			+ " urgency, draft_ref, status, current_step, signer, capacity, created_at from approval_case";

	private final JdbcClient jdbc;

	ApprovalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long documentId, long chainId, StartApproval s, String kind) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into approval_case (document_id, chain_id, issuer_unit, doc_kind, subject, drafter, urgency,"
					+ " draft_ref, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(documentId, chainId, s.issuerUnit().value(), kind, s.subject(), s.drafter(),
					s.urgency() == null ? null : s.urgency().name(), s.draftRef(), ApprovalStatus.IN_REVIEW.name())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<ApprovalCase> find(long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(ApprovalRepository::row).optional();
	}

	List<ApprovalCase> ofDocument(long documentId) {
		return this.jdbc.sql(SELECT + " where document_id = ? order by id")
			.param(documentId)
			.query(ApprovalRepository::row)
			.list();
	}

	void setProcess(long id, String processInstanceId) {
		this.jdbc.sql("update approval_case set process_instance_id = ? where id = ?")
			.params(processInstanceId, id)
			.update();
	}

	void setStep(long id, int step) {
		this.jdbc.sql("update approval_case set current_step = ? where id = ?").params(step, id).update();
	}

	void setStatus(long id, ApprovalStatus status) {
		this.jdbc.sql("update approval_case set status = ? where id = ?").params(status.name(), id).update();
	}

	void setSigner(long id, String signer, Capacity capacity) {
		this.jdbc.sql("update approval_case set signer = ?, capacity = ? where id = ?")
			.params(signer, capacity.name(), id)
			.update();
	}

	void addDecision(long id, int stepNo, String label, String by, Outcome outcome, String reason, Capacity capacity) {
		this.jdbc
			.sql("insert into approval_decision (approval_id, step_no, step_label, decided_by, outcome, reason,"
					+ " capacity, version_no) values (?, ?, ?, ?, ?, ?, ?,"
					+ " (select max(version_no) from approval_version where approval_id = ?))")
			.params(id, stepNo, label, by, outcome.name(), reason, capacity == null ? null : capacity.name(), id)
			.update();
	}

	List<Decision> decisions(long id) {
		return this.jdbc
			.sql("select step_no, step_label, decided_by, outcome, reason, capacity, decided_at, version_no"
					+ " from approval_decision" + " where approval_id = ? order by id")
			.param(id)
			.query((rs, n) -> new Decision(rs.getInt(1), rs.getString(2), rs.getString(3),
					Outcome.valueOf(rs.getString(4)), rs.getString(5),
					rs.getString(6) == null ? null : Capacity.valueOf(rs.getString(6)),
					rs.getObject(7, OffsetDateTime.class).toInstant(), (Integer) rs.getObject(8)))
			.list();
	}

	private static ApprovalCase row(ResultSet rs, int n) throws SQLException {
		String urgency = rs.getString(8);
		String capacity = rs.getString(13);
		return new ApprovalCase(new ApprovalId(rs.getLong(1)), new DocumentId(rs.getLong(2)), rs.getLong(3),
				UnitCode.of(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
				urgency == null ? null : Urgency.valueOf(urgency), rs.getString(9),
				ApprovalStatus.valueOf(rs.getString(10)), rs.getInt(11), rs.getString(12),
				capacity == null ? null : Capacity.valueOf(capacity),
				rs.getObject(14, OffsetDateTime.class).toInstant());
	}

}
