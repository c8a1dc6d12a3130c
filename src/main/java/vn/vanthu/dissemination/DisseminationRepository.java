package vn.vanthu.dissemination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for dispatches, their recipients and the incoming register. */
@Repository
class DisseminationRepository {

	private static final String DISPATCH = "select id, document_id, sender_unit, status, sent_by, sent_at,"
			+ " recall_reason, recalled_by, recalled_at from dispatch";

	private static final String RECEIPT = "select id, dispatch_id, label, unit_code, external_flag, channel, status,"
			+ " incoming_id, due_at, overdue, acknowledged_by, acknowledged_at from dispatch_recipient";

	private static final String INCOMING = "select id, unit_code, reg_year, seq_no, document_id, received_on,"
			+ " sender_name, doc_number, issued_on, subject, handling_unit, handling_deadline, source, withdrawn,"
			+ " handled_by, handled_at from incoming_entry";

	private final JdbcClient jdbc;

	DisseminationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertDispatch(long documentId, String sender) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into dispatch (document_id, sender_unit, status) values (?, ?, ?)")
			.params(documentId, sender, DispatchStatus.PREPARING.name())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<Dispatch> dispatch(long id) {
		return this.jdbc.sql(DISPATCH + " where id = ?")
			.param(id)
			.query(DisseminationRepository::dispatchRow)
			.optional();
	}

	List<Dispatch> dispatchesOf(long documentId) {
		return this.jdbc.sql(DISPATCH + " where document_id = ? order by id")
			.param(documentId)
			.query(DisseminationRepository::dispatchRow)
			.list();
	}

	List<Dispatch> dispatchesBySender(String unit, int limit) {
		return this.jdbc.sql(DISPATCH + " where sender_unit = ? order by id desc")
			.param(unit)
			.query(DisseminationRepository::dispatchRow)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	void setProcess(long id, String pid) {
		this.jdbc.sql("update dispatch set process_instance_id = ? where id = ?").params(pid, id).update();
	}

	void markSent(long id, String by) {
		this.jdbc.sql("update dispatch set status = ?, sent_by = ?, sent_at = ? where id = ?")
			.params(DispatchStatus.SENT.name(), by, Timestamp.from(Instant.now()), id)
			.update();
	}

	void markRecalled(long id, String by, String reason) {
		this.jdbc
			.sql("update dispatch set status = ?, recalled_by = ?, recalled_at = ?, recall_reason = ? where id = ?")
			.params(DispatchStatus.RECALLED.name(), by, Timestamp.from(Instant.now()), reason, id)
			.update();
	}

	void deleteProposals(long dispatchId) {
		this.jdbc.sql("delete from dispatch_recipient where dispatch_id = ? and status = ?")
			.params(dispatchId, RecipientStatus.PROPOSED.name())
			.update();
	}

	void insertRecipient(long dispatchId, String label, String unit, boolean external, String channel,
			RecipientStatus status) {
		this.jdbc
			.sql("insert into dispatch_recipient (dispatch_id, label, unit_code, external_flag, channel, status)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(dispatchId, label, unit, external, channel, status.name())
			.update();
	}

	List<Receipt> receipts(long dispatchId) {
		return this.jdbc.sql(RECEIPT + " where dispatch_id = ? order by id")
			.param(dispatchId)
			.query(DisseminationRepository::receiptRow)
			.list();
	}

	Optional<Receipt> receipt(long id) {
		return this.jdbc.sql(RECEIPT + " where id = ?").param(id).query(DisseminationRepository::receiptRow).optional();
	}

	void deliver(long receiptId, long incomingId, Instant due) {
		this.jdbc.sql("update dispatch_recipient set status = ?, incoming_id = ?, due_at = ? where id = ?")
			.params(RecipientStatus.DELIVERED.name(), incomingId, Timestamp.from(due), receiptId)
			.update();
	}

	void setReceiptStatus(long receiptId, RecipientStatus status) {
		this.jdbc.sql("update dispatch_recipient set status = ? where id = ?")
			.params(status.name(), receiptId)
			.update();
	}

	void acknowledge(long receiptId, String by, boolean late) {
		this.jdbc
			.sql("update dispatch_recipient set status = ?, acknowledged_by = ?, acknowledged_at = ?,"
					+ " overdue = (overdue or ?) where id = ?")
			.params(RecipientStatus.ACKNOWLEDGED.name(), by, Timestamp.from(Instant.now()), late, receiptId)
			.update();
	}

	void flagOverdue(long receiptId) {
		this.jdbc.sql("update dispatch_recipient set overdue = true where id = ?").param(receiptId).update();
	}

	long insertIncoming(String unit, int year, String series, int seq, long documentId, LocalDate receivedOn,
			String sender, String number, LocalDate issuedOn, String subject, String handlingUnit, LocalDate deadline,
			String source, String by) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into incoming_entry (unit_code, reg_year, series, seq_no, document_id, received_on,"
					+ " sender_name, doc_number, issued_on, subject, handling_unit, handling_deadline, source,"
					+ " registered_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(unit, year, series, seq, documentId, receivedOn, sender, number, issuedOn, subject, handlingUnit,
					deadline, source, by)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void assignIncoming(long id, String handlingUnit, LocalDate deadline) {
		this.jdbc.sql("update incoming_entry set handling_unit = ?, handling_deadline = ? where id = ?")
			.params(handlingUnit, deadline, id)
			.update();
	}

	void markHandled(long id, String by) {
		this.jdbc.sql("update incoming_entry set handled_by = ?, handled_at = ? where id = ?")
			.params(by, Timestamp.from(Instant.now()), id)
			.update();
	}

	void withdrawIncoming(long id) {
		this.jdbc.sql("update incoming_entry set withdrawn = true where id = ?").param(id).update();
	}

	List<IncomingEntry> incoming(String unit, int year) {
		return this.jdbc.sql(INCOMING + " where unit_code = ? and reg_year = ? order by series, seq_no")
			.params(unit, year)
			.query(DisseminationRepository::incomingRow)
			.list();
	}

	List<IncomingEntry> incomingLines(String unit) {
		return this.jdbc.sql(INCOMING + " where unit_code = ? order by id desc")
			.param(unit)
			.query(DisseminationRepository::incomingRow)
			.list();
	}

	Optional<IncomingEntry> incomingEntry(long id) {
		return this.jdbc.sql(INCOMING + " where id = ?")
			.param(id)
			.query(DisseminationRepository::incomingRow)
			.optional();
	}

	private static Dispatch dispatchRow(ResultSet rs, int n) throws SQLException {
		return new Dispatch(rs.getLong(1), rs.getLong(2), rs.getString(3), DispatchStatus.valueOf(rs.getString(4)),
				rs.getString(5), instant(rs, 6), rs.getString(7), rs.getString(8), instant(rs, 9));
	}

	private static Receipt receiptRow(ResultSet rs, int n) throws SQLException {
		long incoming = rs.getLong(8);
		return new Receipt(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
				rs.getString(6), RecipientStatus.valueOf(rs.getString(7)), rs.wasNull() ? null : incoming,
				instant(rs, 9), rs.getBoolean(10), rs.getString(11), instant(rs, 12));
	}

	private static IncomingEntry incomingRow(ResultSet rs, int n) throws SQLException {
		return new IncomingEntry(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5),
				rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
				rs.getString(10), rs.getString(11), rs.getObject(12, LocalDate.class), rs.getString(13),
				rs.getBoolean(14), rs.getString(15), instant(rs, 16));
	}

	private static Instant instant(ResultSet rs, int i) throws SQLException {
		OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

}
