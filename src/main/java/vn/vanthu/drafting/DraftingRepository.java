package vn.vanthu.drafting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Drafts, versions, rounds, requests and history in the module's own tables. */
@Repository
class DraftingRepository {

	private static final String ROUND_COLUMNS = "id, draft_id, round_no, version_no, message, deadline, remind_at, status, "
			+ "opened_at, closed_at, close_reason, synthesised_at, outcome";

	private static final String REQUEST_COLUMNS = "id, round_id, recipient, via_unit, status, answer_text, "
			+ "attachment_sha256, attachment_name, answered_at, revisions, reminded_at, disposition, explanation";

	private final JdbcClient jdbc;

	DraftingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertDraft(String subject, String kind, String issuer, String drafter, String drafterUnit) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into draft (subject, kind, issuer_unit, drafter, drafter_unit, status, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(subject, kind, issuer, drafter, drafterUnit, DraftStatus.DRAFTING.name(), ts(Instant.now()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Draft> draft(long id) {
		return this.jdbc
			.sql("select id, subject, kind, issuer_unit, drafter, drafter_unit, status, created_at "
					+ "from draft where id = ?")
			.param(id)
			.query(DraftingRepository::draft)
			.optional();
	}

	/** Drafts the person wrote or was asked to comment on, newest first. */
	List<Draft> draftsOf(String username) {
		return this.jdbc.sql("""
				select id, subject, kind, issuer_unit, drafter, drafter_unit, status, created_at from draft d
				where d.drafter = ? or exists (select 1 from comment_request r join draft_round o on o.id = r.round_id
				  where o.draft_id = d.id and r.recipient = ?)
				order by d.id desc""").params(username, username).query(DraftingRepository::draft).list();
	}

	void updateDraftStatus(long id, DraftStatus status) {
		this.jdbc.sql("update draft set status = ? where id = ?").params(status.name(), id).update();
	}

	int insertVersion(long draftId, String sha, String fileName, String contentType, String by) {
		int next = this.jdbc.sql("select coalesce(max(version_no), 0) + 1 from draft_version where draft_id = ?")
			.param(draftId)
			.query(Integer.class)
			.single();
		this.jdbc
			.sql("""
					insert into draft_version (draft_id, version_no, file_sha256, file_name, content_type, uploaded_by, uploaded_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
			.params(draftId, next, sha, fileName, contentType, by, ts(Instant.now()))
			.update();
		return next;
	}

	List<DraftVersion> versions(long draftId) {
		return this.jdbc.sql("""
				select version_no, file_sha256, file_name, content_type, uploaded_by, uploaded_at from draft_version
				where draft_id = ? order by version_no""")
			.param(draftId)
			.query((rs, n) -> new DraftVersion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), instant(rs, 6)))
			.list();
	}

	/** Locks the draft row so that round numbers and versions are given one at a time. */
	void lockDraft(long draftId) {
		this.jdbc.sql("select id from draft where id = ? for update").param(draftId).query(Long.class).single();
	}

	long insertRound(long draftId, int roundNo, int versionNo, String message, Instant deadline, Instant remindAt) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into draft_round (draft_id, round_no, version_no, message, deadline, remind_at, status, opened_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(draftId, roundNo, versionNo, message, ts(deadline), ts(remindAt), RoundStatus.OPEN.name(),
					ts(Instant.now()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	int nextRoundNo(long draftId) {
		return this.jdbc.sql("select coalesce(max(round_no), 0) + 1 from draft_round where draft_id = ?")
			.param(draftId)
			.query(Integer.class)
			.single();
	}

	void setProcessInstance(long roundId, String processInstanceId) {
		this.jdbc.sql("update draft_round set process_instance_id = ? where id = ?")
			.params(processInstanceId, roundId)
			.update();
	}

	Optional<String> processInstance(long roundId) {
		return this.jdbc.sql("select process_instance_id from draft_round where id = ?")
			.param(roundId)
			.query(String.class)
			.optional();
	}

	Optional<Round> round(long id) {
		return this.jdbc.sql("select " + ROUND_COLUMNS + " from draft_round where id = ?")
			.param(id)
			.query((rs, n) -> round(rs, requests(id)))
			.optional();
	}

	/** The round row alone, without its requests. */
	Optional<Round> roundOnly(long id) {
		return this.jdbc.sql("select " + ROUND_COLUMNS + " from draft_round where id = ?")
			.param(id)
			.query((rs, n) -> round(rs, List.of()))
			.optional();
	}

	/** The round row locked for update, without its requests. */
	Round lockRound(long id) {
		return this.jdbc.sql("select " + ROUND_COLUMNS + " from draft_round where id = ? for update")
			.param(id)
			.query((rs, n) -> round(rs, List.of()))
			.single();
	}

	List<Round> rounds(long draftId) {
		List<Long> ids = this.jdbc.sql("select id from draft_round where draft_id = ? order by round_no")
			.param(draftId)
			.query(Long.class)
			.list();
		return ids.stream().map((id) -> round(id).orElseThrow()).toList();
	}

	void updateDeadline(long roundId, Instant deadline, Instant remindAt) {
		this.jdbc.sql("update draft_round set deadline = ?, remind_at = ? where id = ?")
			.params(ts(deadline), ts(remindAt), roundId)
			.update();
	}

	void closeRound(long roundId, Instant closedAt, CloseReason reason) {
		this.jdbc.sql("update draft_round set status = ?, closed_at = ?, close_reason = ? where id = ?")
			.params(RoundStatus.CLOSED.name(), ts(closedAt), reason.name(), roundId)
			.update();
		this.jdbc.sql("update comment_request set status = ? where round_id = ? and status = ?")
			.params(RequestStatus.NO_REPLY.name(), roundId, RequestStatus.PENDING.name())
			.update();
	}

	void finishRound(long roundId, RoundDecision outcome) {
		this.jdbc.sql("update draft_round set status = ?, outcome = ? where id = ?")
			.params(RoundStatus.FINISHED.name(), outcome.name(), roundId)
			.update();
	}

	void markSynthesised(long roundId) {
		this.jdbc.sql("update draft_round set synthesised_at = ? where id = ?")
			.params(ts(Instant.now()), roundId)
			.update();
	}

	void insertRequest(long roundId, String recipient, String viaUnit) {
		this.jdbc
			.sql("""
					insert into comment_request (round_id, recipient, via_unit, status, revisions) values (?, ?, ?, ?, 0)""")
			.params(roundId, recipient, viaUnit, RequestStatus.PENDING.name())
			.update();
	}

	List<CommentRequest> requests(long roundId) {
		return this.jdbc.sql("select " + REQUEST_COLUMNS + " from comment_request where round_id = ? order by id")
			.param(roundId)
			.query(DraftingRepository::request)
			.list();
	}

	/**
	 * The recipient's request locked for update: answers to it are recorded one at a
	 * time.
	 */
	Optional<CommentRequest> lockRequest(long roundId, String recipient) {
		return this.jdbc
			.sql("select " + REQUEST_COLUMNS + " from comment_request where round_id = ? and recipient = ? for update")
			.params(roundId, recipient)
			.query(DraftingRepository::request)
			.optional();
	}

	void recordAnswer(long requestId, RequestStatus status, String text, String attachmentSha, String attachmentName,
			Instant at) {
		this.jdbc.sql("""
				update comment_request set status = ?, answer_text = ?, attachment_sha256 = ?, attachment_name = ?,
				answered_at = ?, revisions = revisions + 1 where id = ?""")
			.params(status.name(), text, attachmentSha, attachmentName, ts(at), requestId)
			.update();
	}

	void markReminded(long requestId, Instant at) {
		this.jdbc.sql("update comment_request set reminded_at = ? where id = ?").params(ts(at), requestId).update();
	}

	void setDisposition(long requestId, Disposition disposition, String explanation) {
		this.jdbc.sql("update comment_request set disposition = ?, explanation = ? where id = ?")
			.params((disposition != null) ? disposition.name() : null, explanation, requestId)
			.update();
	}

	boolean isRecipientOfDraft(long draftId, String username) {
		return this.jdbc.sql("""
				select count(*) from comment_request r join draft_round o on o.id = r.round_id
				where o.draft_id = ? and r.recipient = ?""").params(draftId, username).query(Long.class).single() > 0;
	}

	void history(long draftId, Long roundId, String actor, String action, String detail) {
		this.jdbc
			.sql("insert into draft_history (draft_id, round_id, actor, action, detail, at) values (?, ?, ?, ?, ?, ?)")
			.params(draftId, roundId, actor, action, detail, ts(Instant.now()))
			.update();
	}

	List<HistoryEntry> history(long draftId) {
		return this.jdbc
			.sql("select round_id, actor, action, detail, at from draft_history where draft_id = ? order by id")
			.param(draftId)
			.query((rs, n) -> new HistoryEntry((Long) rs.getObject(1, Long.class), rs.getString(2), rs.getString(3),
					rs.getString(4), instant(rs, 5)))
			.list();
	}

	private static Draft draft(ResultSet rs, int n) throws SQLException {
		return new Draft(new DraftId(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), DraftStatus.valueOf(rs.getString(7)), instant(rs, 8));
	}

	private static Round round(ResultSet rs, List<CommentRequest> requests) throws SQLException {
		return new Round(new RoundId(rs.getLong(1)), new DraftId(rs.getLong(2)), rs.getInt(3), rs.getInt(4),
				rs.getString(5), instant(rs, 6), instant(rs, 7), RoundStatus.valueOf(rs.getString(8)), instant(rs, 9),
				instant(rs, 10), (rs.getString(11) != null) ? CloseReason.valueOf(rs.getString(11)) : null,
				instant(rs, 12), (rs.getString(13) != null) ? RoundDecision.valueOf(rs.getString(13)) : null, requests);
	}

	private static CommentRequest request(ResultSet rs, int n) throws SQLException {
		return new CommentRequest(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				RequestStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
				instant(rs, 9), rs.getInt(10), instant(rs, 11),
				(rs.getString(12) != null) ? Disposition.valueOf(rs.getString(12)) : null, rs.getString(13));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return (t != null) ? t.toInstant() : null;
	}

	private static Timestamp ts(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
