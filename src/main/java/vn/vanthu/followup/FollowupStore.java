package vn.vanthu.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.text.Recurrence;

/** The follow-up tables (V40): tasks, co-operating units, history and evidence. */
@Component
class FollowupStore {

	private static final String COLUMNS = "t.id, t.document_id, t.series_id, t.occurrence, t.assignee_text,"
			+ " t.description, t.source_passage, t.lead_unit, t.assigner_unit, t.assigned_by, t.original_due_on,"
			+ " t.due_on, t.recurrence, t.status, t.overdue_marked, t.done_on, t.process_instance_id, t.created_at";

	private final JdbcClient jdbc;

	FollowupStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(FollowupTask t) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into followup_task (document_id, series_id, occurrence, assignee_text, description,"
				+ " source_passage, lead_unit, assigner_unit, assigned_by, original_due_on, due_on, recurrence, status,"
				+ " overdue_marked, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)")
			.params(t.documentId(), t.seriesId(), t.occurrence(), cut(t.assigneeAsWritten(), 1000),
					cut(t.description(), 4000), cut(t.sourcePassage(), 4000), t.leadUnit().value(),
					t.assignerUnit().value(), t.assignedBy(), t.originalDueOn(), t.dueOn(),
					t.recurrence() == null ? null : t.recurrence().name(), t.status().name(), ts(t.createdAt()),
					ts(t.createdAt()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (UnitCode unit : t.coUnits()) {
			if (!unit.equals(t.leadUnit())) {
				this.jdbc.sql("insert into followup_task_unit (task_id, unit_code) values (?, ?)")
					.params(id, unit.value())
					.update();
			}
		}
		return id;
	}

	void update(long id, String sql, Object... params) {
		Object[] all = new Object[params.length + 1];
		System.arraycopy(params, 0, all, 0, params.length);
		all[params.length] = id;
		this.jdbc.sql("update followup_task set " + sql + " where id = ?").params(all).update();
	}

	Optional<FollowupTask> find(long id) {
		return query("where t.id = :id", Map.of("id", id)).stream().findFirst();
	}

	List<FollowupTask> query(String where, Map<String, ?> params) {
		List<FollowupTask> tasks = this.jdbc.sql("select " + COLUMNS + " from followup_task t " + where)
			.params(params)
			.query(FollowupStore::task)
			.list();
		if (tasks.isEmpty()) {
			return tasks;
		}
		Map<Long, Set<UnitCode>> co = new java.util.HashMap<>();
		this.jdbc.sql("select task_id, unit_code from followup_task_unit where task_id in (:ids)")
			.param("ids", tasks.stream().map((t) -> t.id().value()).toList())
			.query((rs) -> {
				co.computeIfAbsent(rs.getLong(1), (k) -> new HashSet<>()).add(UnitCode.of(rs.getString(2)));
			});
		List<FollowupTask> out = new ArrayList<>(tasks.size());
		for (FollowupTask t : tasks) {
			out.add(new FollowupTask(t.id(), t.documentId(), t.seriesId(), t.occurrence(), t.assigneeAsWritten(),
					t.description(), t.sourcePassage(), t.leadUnit(), co.getOrDefault(t.id().value(), Set.of()),
					t.assignerUnit(), t.assignedBy(), t.originalDueOn(), t.dueOn(), t.recurrence(), t.status(),
					t.overdueMarked(), t.doneOn(), t.processInstanceId(), t.createdAt()));
		}
		return out;
	}

	long addEvent(long taskId, TaskEvent.Kind kind, String actor, String note, LocalDate oldDue, LocalDate newDue,
			Instant at, List<Evidence> evidence) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into followup_event (task_id, kind, actor, note, old_due, new_due, at_time)"
					+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(taskId, kind.name(), actor, cut(note, 4000), oldDue, newDue, ts(at))
			.update(keys, "id");
		long eventId = keys.getKey().longValue();
		for (Evidence e : evidence) {
			this.jdbc
				.sql("insert into followup_evidence (event_id, sha256, file_name, document_id) values (?, ?, ?, ?)")
				.params(eventId, e.sha256(), cut(e.fileName(), 512), e.documentId())
				.update();
		}
		return eventId;
	}

	List<TaskEvent> events(long taskId) {
		Map<Long, List<Evidence>> evidence = new java.util.HashMap<>();
		this.jdbc
			.sql("select v.event_id, v.sha256, v.file_name, v.document_id from followup_evidence v"
					+ " join followup_event e on e.id = v.event_id where e.task_id = ? order by v.id")
			.param(taskId)
			.query((rs) -> {
				evidence.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new Evidence(rs.getString(2), rs.getString(3), (Long) rs.getObject(4, Long.class)));
			});
		return this.jdbc
			.sql("select id, kind, actor, note, old_due, new_due, at_time from followup_event where task_id = ?"
					+ " order by at_time, id")
			.param(taskId)
			.query((rs, n) -> new TaskEvent(TaskEvent.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), instant(rs, 7),
					evidence.getOrDefault(rs.getLong(1), List.of())))
			.list();
	}

	private static FollowupTask task(ResultSet rs, int n) throws SQLException {
		String recurrence = rs.getString(13);
		return new FollowupTask(new FollowupTaskId(rs.getLong(1)), rs.getLong(2), (Long) rs.getObject(3, Long.class),
				rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), UnitCode.of(rs.getString(8)), Set.of(),
				UnitCode.of(rs.getString(9)), rs.getString(10), rs.getObject(11, LocalDate.class),
				rs.getObject(12, LocalDate.class), recurrence == null ? null : Recurrence.valueOf(recurrence),
				TaskStatus.valueOf(rs.getString(14)), rs.getBoolean(15), rs.getObject(16, LocalDate.class),
				rs.getString(17), instant(rs, 18));
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

	static OffsetDateTime ts(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
