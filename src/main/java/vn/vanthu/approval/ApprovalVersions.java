package vn.vanthu.approval;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the versions of an approval case and the text each one had. */
@Repository
class ApprovalVersions {

	private final JdbcClient jdbc;

	ApprovalVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the next version and returns its number. */
	int add(long approvalId, Integer documentVersion, String fileName, String text, String note, String by) {
		int next = latest(approvalId) + 1;
		this.jdbc
			.sql("insert into approval_version (approval_id, version_no, document_version, file_name, body, note,"
					+ " created_by) values (?, ?, ?, ?, ?, ?, ?)")
			.params(approvalId, next, documentVersion, fileName, text, note, by)
			.update();
		return next;
	}

	/** Replaces the text of the latest version (once the file's text is extracted). */
	void setLatestText(long approvalId, String text) {
		this.jdbc.sql("update approval_version set body = ? where approval_id = ? and version_no = ?")
			.params(text, approvalId, latest(approvalId))
			.update();
	}

	/** The latest version's number, 0 when none is kept. */
	int latest(long approvalId) {
		return this.jdbc.sql("select coalesce(max(version_no), 0) from approval_version where approval_id = ?")
			.param(approvalId)
			.query(Integer.class)
			.single();
	}

	List<ApprovalVersion> list(long approvalId) {
		return this.jdbc
			.sql("select version_no, document_version, file_name, note, created_by, created_at from approval_version"
					+ " where approval_id = ? order by version_no")
			.param(approvalId)
			.query((rs, n) -> new ApprovalVersion(rs.getInt(1), (Integer) rs.getObject(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
			.list();
	}

	Optional<String> text(long approvalId, int version) {
		return this.jdbc.sql("select body from approval_version where approval_id = ? and version_no = ?")
			.params(approvalId, version)
			.query(String.class)
			.optional();
	}

}
