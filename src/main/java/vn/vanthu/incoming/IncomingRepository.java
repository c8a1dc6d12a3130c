package vn.vanthu.incoming;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for incoming cases and their assignments. */
@Repository
class IncomingRepository {

	private static final String CASE = "select incoming_id, urgency, proposed_deadline, state, closing_note,"
			+ " closed_by, closed_at from incoming_case";

	private final JdbcClient jdbc;

	IncomingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertCase(long incomingId, Urgency urgency, LocalDate proposedDeadline) {
		this.jdbc.sql("insert into incoming_case (incoming_id, urgency, proposed_deadline, state) values (?, ?, ?, ?)")
			.params(incomingId, urgency == null ? null : urgency.name(), proposedDeadline,
					IncomingState.AWAITING_ASSIGNMENT.name())
			.update();
	}

	Optional<IncomingCase> findCase(long incomingId) {
		return this.jdbc.sql(CASE + " where incoming_id = ?")
			.param(incomingId)
			.query(IncomingRepository::caseRow)
			.optional();
	}

	List<IncomingCase> cases(List<Long> incomingIds) {
		if (incomingIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(CASE + " where incoming_id in (:ids)")
			.param("ids", incomingIds)
			.query(IncomingRepository::caseRow)
			.list();
	}

	void setState(long incomingId, IncomingState state) {
		this.jdbc.sql("update incoming_case set state = ? where incoming_id = ?")
			.params(state.name(), incomingId)
			.update();
	}

	void close(long incomingId, IncomingState state, String note, String by) {
		this.jdbc
			.sql("update incoming_case set state = ?, closing_note = ?, closed_by = ?, closed_at = ?"
					+ " where incoming_id = ?")
			.params(state.name(), note, by, Timestamp.from(Instant.now()), incomingId)
			.update();
	}

	long insertAssignment(long incomingId, AssignmentRequest r, LocalDate deadline, String instructions, String by) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into incoming_assignment (incoming_id, lead_unit, deadline, instructions, assigned_by,"
					+ " assigned_at) values (?, ?, ?, ?, ?, ?)")
			.params(incomingId, r.leadUnit(), deadline, instructions, by, Timestamp.from(Instant.now()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		r.coUnits().forEach((u) -> insertAssignee(id, "CO_OPERATING", u, null));
		r.infoUnits().forEach((u) -> insertAssignee(id, "INFORMATION", u, null));
		r.infoPeople().forEach((p) -> insertAssignee(id, "INFORMATION", null, p));
		return id;
	}

	/** The assignments of an item, oldest first. */
	List<Assignment> assignments(long incomingId) {
		List<Object[]> rows = this.jdbc
			.sql("select id, lead_unit, deadline, instructions, assigned_by, assigned_at from incoming_assignment"
					+ " where incoming_id = ? order by id")
			.param(incomingId)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
							rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant() })
			.list();
		List<Assignment> result = new ArrayList<>();
		for (Object[] r : rows) {
			long id = (Long) r[0];
			List<String[]> parties = this.jdbc
				.sql("select role, unit_code, username from incoming_assignee where assignment_id = ?")
				.param(id)
				.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
				.list();
			result.add(new Assignment(id, incomingId, (String) r[1], pick(parties, "CO_OPERATING", 1),
					pick(parties, "INFORMATION", 1), pick(parties, "INFORMATION", 2), (LocalDate) r[2], (String) r[3],
					(String) r[4], (Instant) r[5]));
		}
		return result;
	}

	private void insertAssignee(long assignmentId, String role, String unit, String username) {
		this.jdbc.sql("insert into incoming_assignee (assignment_id, role, unit_code, username) values (?, ?, ?, ?)")
			.params(assignmentId, role, unit, username)
			.update();
	}

	private static List<String> pick(List<String[]> parties, String role, int column) {
		return parties.stream().filter((p) -> p[0].equals(role) && p[column] != null).map((p) -> p[column]).toList();
	}

	private static IncomingCase caseRow(ResultSet rs, int n) throws SQLException {
		String urgency = rs.getString(2);
		Timestamp closedAt = rs.getTimestamp(7);
		return new IncomingCase(rs.getLong(1), urgency == null ? null : Urgency.valueOf(urgency),
				rs.getObject(3, LocalDate.class), IncomingState.valueOf(rs.getString(4)), rs.getString(5),
				rs.getString(6), closedAt == null ? null : closedAt.toInstant());
	}

}
