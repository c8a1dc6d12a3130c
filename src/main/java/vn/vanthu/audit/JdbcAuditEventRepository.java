package vn.vanthu.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.AuditEventRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.platform.Paging;

/**
 * Spring Boot's {@link AuditEventRepository} on the {@code audit_event} table: with this
 * bean present Boot's {@code AuditListener} stores every {@code AuditApplicationEvent}
 * here, and the actuator's {@code auditevents} endpoint can read them. The data map is
 * kept as JSON, cut to fit 4,000 characters.
 */
@Repository
public class JdbcAuditEventRepository implements AuditEventRepository {

	private static final int MAX_DATA = 4000;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	JdbcAuditEventRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Stores an event in a transaction of its own: a refusal is recorded although its
	 * transaction rolls back, and a write from an after-commit listener is committed.
	 */
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void add(AuditEvent event) {
		String principal = (event.getPrincipal() == null || event.getPrincipal().isEmpty()) ? "anonymous"
				: event.getPrincipal();
		this.jdbc.sql("insert into audit_event (occurred_at, principal, type, data) values (?, ?, ?, ?)")
			.params(Timestamp.from(event.getTimestamp()), cut(principal, 255), cut(event.getType(), 64),
					data(event.getData()))
			.update();
	}

	@Override
	public List<AuditEvent> find(String principal, Instant after, String type) {
		return search(new AuditQuery(principal, type, after, null), new Paging(0, 1000)).stream()
			.map((e) -> new AuditEvent(e.occurredAt(), e.principal(), e.type(), e.data()))
			.toList();
	}

	/** The entries matching the query, newest first, a page at a time. */
	public List<AuditEntry> search(AuditQuery query, Paging paging) {
		StringBuilder sql = new StringBuilder(
				"select id, occurred_at, principal, type, data from audit_event where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (query.principal() != null) {
			sql.append(" and principal = ?");
			params.add(query.principal());
		}
		if (query.type() != null) {
			sql.append(" and type = ?");
			params.add(query.type());
		}
		if (query.from() != null) {
			sql.append(" and occurred_at >= ?");
			params.add(Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			sql.append(" and occurred_at < ?");
			params.add(Timestamp.from(query.to()));
		}
		sql.append(" order by occurred_at desc, id desc offset ").append(paging.offset());
		sql.append(" rows fetch next ").append(paging.size()).append(" rows only");
		return this.jdbc.sql(sql.toString()).params(params).query(this::entry).list();
	}

	/** The event types stored, for the page's filter. */
	public List<String> types() {
		return this.jdbc.sql("select distinct type from audit_event order by type").query(String.class).list();
	}

	private AuditEntry entry(ResultSet rs, int row) throws SQLException {
		String data = rs.getString("data");
		Map<String, Object> map;
		try {
			map = (data == null) ? Map.of() : this.json.readValue(data, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (JsonProcessingException ex) {
			map = Map.of("raw", data);
		}
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("principal"),
				rs.getString("type"), map);
	}

	private String data(Map<String, Object> data) {
		if (data == null || data.isEmpty()) {
			return null;
		}
		Map<String, Object> plain = new LinkedHashMap<>();
		data.forEach((key, value) -> plain.put(key,
				(value instanceof Number || value instanceof Boolean || value instanceof String || value == null)
						? value : String.valueOf(value)));
		try {
			return cut(this.json.writeValueAsString(plain), MAX_DATA);
		}
		catch (JsonProcessingException ex) {
			return cut(plain.toString(), MAX_DATA);
		}
	}

	private static String cut(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

}
