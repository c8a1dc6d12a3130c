package vn.vanthu.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.text.Secrecy;

/** SQL for documents; the public write path is {@link Documents}. */
@Repository
class DocumentRepository {

	static final String COLUMNS = "d.id, d.doc_number, d.number_key, d.kind, d.issuer_unit, d.issuer_name, d.issued_on,"
			+ " d.issued_year, d.subject, d.origin, d.status, d.public_flag, d.secrecy, d.current_version,"
			+ " d.extraction, d.extraction_reason, d.revision, d.created_by, d.created_at";

	private final JdbcClient jdbc;

	private final JdbcOperations batch;

	private final NamedParameterJdbcOperations named;

	DocumentRepository(JdbcClient jdbc, JdbcOperations batch, NamedParameterJdbcOperations named) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.named = named;
	}

	/**
	 * Inserts document rows in one batch; version 1 is current when the request has a
	 * file.
	 * @return the generated ids, in order
	 */
	List<Long> insertAll(List<DocumentRow> rows, List<NewDocument> requests, List<String> sources) {
		SqlParameterSource[] params = new SqlParameterSource[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			params[i] = new MapSqlParameterSource(rows.get(i).paramsMap())
				.addValue("version", requests.get(i).file() == null ? 0 : 1)
				.addValue("createdBy", requests.get(i).createdBy())
				.addValue("source", sources.get(i));
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.named.batchUpdate("insert into document (doc_number, number_key, kind, issuer_unit, issuer_name,"
				+ " issued_on, issued_year, subject, origin, status, public_flag, secrecy, current_version,"
				+ " extraction, extraction_reason, revision, created_by, source_sha256) values"
				+ " (:number, :key, :kind, :unit, :issuer, :issuedOn, :year, :subject, :origin, :status, :public,"
				+ " :secrecy, :version, :extraction, :reason, 1, :createdBy, :source)", params, keys,
				new String[] { "id" });
		return keys.getKeyList().stream().map((k) -> ((Number) k.values().iterator().next()).longValue()).toList();
	}

	void update(long id, DocumentRow row) {
		this.jdbc
			.sql("update document set doc_number = :number, number_key = :key, kind = :kind, issuer_unit = :unit,"
					+ " issuer_name = :issuer, issued_on = :issuedOn, issued_year = :year, subject = :subject,"
					+ " origin = :origin, status = :status, public_flag = :public, secrecy = :secrecy,"
					+ " extraction = :extraction, extraction_reason = :reason, revision = revision + 1,"
					+ " updated_at = current_timestamp where id = :id")
			.params(row.paramsMap())
			.param("id", id)
			.update();
	}

	long bump(long id) {
		this.jdbc.sql("update document set revision = revision + 1, updated_at = current_timestamp where id = ?")
			.param(id)
			.update();
		return this.jdbc.sql("select revision from document where id = ?").param(id).query(Long.class).single();
	}

	Optional<Document> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from document d where d.id = ?")
			.param(id)
			.query(this::map)
			.optional()
			.map((d) -> withRecipients(List.of(d)).get(0));
	}

	List<Document> query(String whereAndOrder, Map<String, ?> params) {
		return withRecipients(this.jdbc.sql("select " + COLUMNS + " from document d " + whereAndOrder)
			.params(params)
			.query(this::map)
			.list());
	}

	/**
	 * The documents with their recipient units, read in one query for the whole list
	 * rather than one per row.
	 */
	private List<Document> withRecipients(List<Document> documents) {
		if (documents.isEmpty()) {
			return documents;
		}
		Map<Long, Set<UnitCode>> units = new java.util.HashMap<>();
		List<Long> ids = documents.stream().map((d) -> d.id().value()).distinct().toList();
		for (int from = 0; from < ids.size(); from += 500) {
			this.jdbc.sql("select document_id, unit_code from document_recipient where document_id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
				.query((rs) -> {
					units.computeIfAbsent(rs.getLong(1), (k) -> new HashSet<>()).add(new UnitCode(rs.getString(2)));
				});
		}
		return documents.stream().map((d) -> {
			DocumentAccessRule a = d.access();
			DocumentAccessRule access = new DocumentAccessRule(a.issuerUnit(),
					units.getOrDefault(d.id().value(), Set.of()), a.isPublic(), a.secrecy());
			return new Document(d.id(), d.number(), d.numberKey(), d.kind(), d.issuerUnit(), d.issuer(), d.issuedOn(),
					d.year(), d.subject(), d.origin(), d.status(), access, d.currentVersion(), d.extraction(),
					d.revision(), d.createdBy(), d.createdAt());
		}).toList();
	}

	void addVersion(long id, int number, StoredFile file, String fileName, String createdBy) {
		insertVersions(List.<Object[]>of(versionRow(id, number, file, fileName, createdBy)));
		this.jdbc.sql("update document set current_version = ? where id = ?").params(number, id).update();
	}

	/** Version rows ({@link #versionRow}) in one batch. */
	void insertVersions(List<Object[]> rows) {
		Batches.run(this.batch, "insert into document_version (document_id, version_no, sha256, file_name,"
				+ " content_type, created_by) values (?, ?, ?, ?, ?, ?)", rows);
	}

	static Object[] versionRow(long id, int number, StoredFile file, String fileName, String createdBy) {
		return new Object[] { id, number, file.sha256(), fileName, file.contentType(), createdBy };
	}

	List<DocumentVersion> versions(long id) {
		return this.jdbc
			.sql("select v.version_no, v.sha256, s.size_bytes, coalesce(v.content_type, s.content_type),"
					+ " v.file_name, v.created_by, v.created_at from document_version v"
					+ " join stored_file s on s.sha256 = v.sha256 where v.document_id = ? order by v.version_no")
			.param(id)
			.query((rs, n) -> new DocumentVersion(rs.getInt(1),
					new StoredFile(rs.getString(2).trim(), rs.getLong(3), rs.getString(4)), rs.getString(5),
					rs.getString(6), instant(rs, 7)))
			.list();
	}

	void saveText(long id, String body) {
		this.jdbc.sql("delete from document_text where document_id = ?").param(id).update();
		if (body != null) {
			insertTexts(List.<Object[]>of(new Object[] { id, body }));
		}
	}

	/** Texts (document id, body) of documents that have none yet, in one batch. */
	void insertTexts(List<Object[]> rows) {
		Batches.run(this.batch, "insert into document_text (document_id, body) values (?, ?)", rows);
	}

	Optional<String> text(long id) {
		return this.jdbc.sql("select body from document_text where document_id = ?")
			.param(id)
			.query(String.class)
			.optional();
	}

	void addRecipients(long id, Collection<UnitCode> units) {
		Set<UnitCode> existing = new HashSet<>(recipients(id));
		for (UnitCode unit : units) {
			if (existing.add(unit)) {
				this.jdbc.sql("insert into document_recipient (document_id, unit_code) values (?, ?)")
					.params(id, unit.value())
					.update();
			}
		}
	}

	/**
	 * Recipient units (document id, unit code) of documents that have none yet, in one
	 * batch.
	 */
	void insertRecipients(List<Object[]> rows) {
		Batches.run(this.batch, "insert into document_recipient (document_id, unit_code) values (?, ?)", rows);
	}

	Set<UnitCode> recipients(long id) {
		return new HashSet<>(this.jdbc.sql("select unit_code from document_recipient where document_id = ?")
			.param(id)
			.query((rs, n) -> new UnitCode(rs.getString(1)))
			.list());
	}

	boolean addReader(long id, String username) {
		if (readers(id).contains(username)) {
			return false;
		}
		this.jdbc.sql("insert into document_reader (document_id, username) values (?, ?)")
			.params(id, username)
			.update();
		return true;
	}

	Set<String> readers(long id) {
		return new HashSet<>(this.jdbc.sql("select username from document_reader where document_id = ?")
			.param(id)
			.query(String.class)
			.list());
	}

	Optional<Long> findByContent(String sha256) {
		return this.jdbc
			.sql("select coalesce((select id from document where source_sha256 = ?),"
					+ " (select min(document_id) from document_version where sha256 = ?))")
			.params(sha256, sha256)
			.query(DocumentRepository::nullableLong)
			.optional();
	}

	/** The ids among these that the reader may open ({@link ReadableSql}). */
	List<Long> readableIds(List<Long> ids, Reader reader) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select d.id from document d " + ReadableSql.WHERE + " and d.id in (:ids)")
			.params(ReadableSql.params(reader))
			.param("ids", ids)
			.query(Long.class)
			.list();
	}

	/**
	 * The document made of this content that the reader may open: the one created from
	 * it, else the oldest having it as a version.
	 */
	Optional<Long> findReadableByContent(String sha256, Reader reader) {
		return this.jdbc
			.sql("select d.id from document d " + ReadableSql.WHERE + " and (d.source_sha256 = :sha or exists"
					+ " (select 1 from document_version v where v.document_id = d.id and v.sha256 = :sha))"
					+ " order by case when d.source_sha256 = :sha then 0 else 1 end, d.id fetch first 1 rows only")
			.params(ReadableSql.params(reader))
			.param("sha", sha256)
			.query(Long.class)
			.optional();
	}

	Optional<Long> findByFile(String sha256) {
		return this.jdbc.sql("select min(document_id) from document_version where sha256 = ?")
			.param(sha256)
			.query(DocumentRepository::nullableLong)
			.optional();
	}

	long count() {
		return this.jdbc.sql("select count(*) from document").query(Long.class).single();
	}

	List<Long> idsAfter(long after, int limit) {
		// the limit in SQL: a reindex pages through the whole table
		return this.jdbc
			.sql("select id from document where id > ? order by id fetch first " + Math.max(1, limit) + " rows only")
			.param(after)
			.query(Long.class)
			.list();
	}

	private Document map(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		String unit = rs.getString("issuer_unit");
		String secrecy = rs.getString("secrecy");
		Integer year = (Integer) rs.getObject("issued_year");
		return new Document(new DocumentId(id), rs.getString("doc_number"), rs.getString("number_key"),
				rs.getString("kind"), unit == null ? null : new UnitCode(unit), rs.getString("issuer_name"),
				rs.getObject("issued_on", LocalDate.class), year, rs.getString("subject"),
				DocumentOrigin.valueOf(rs.getString("origin")), DocumentStatus.valueOf(rs.getString("status")),
				// recipients are added for the whole result by withRecipients
				new DocumentAccessRule(unit == null ? null : new UnitCode(unit), Set.of(), rs.getBoolean("public_flag"),
						secrecy == null ? null : Secrecy.valueOf(secrecy)),
				rs.getInt("current_version"),
				new Extraction(ExtractionStatus.valueOf(rs.getString("extraction")), rs.getString("extraction_reason")),
				rs.getLong("revision"), rs.getString("created_by"), instant(rs, "created_at"));
	}

	private static Instant instant(ResultSet rs, Object column) throws SQLException {
		OffsetDateTime t = (column instanceof Integer i) ? rs.getObject(i, OffsetDateTime.class)
				: rs.getObject((String) column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	/**
	 * The first column as a number, {@code null} for SQL null (an aggregate over no
	 * rows).
	 */
	private static Long nullableLong(ResultSet rs, int n) throws SQLException {
		long v = rs.getLong(1);
		return rs.wasNull() ? null : v;
	}

	static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	static List<Long> parseIds(String csv) {
		List<Long> ids = new ArrayList<>();
		if (csv != null && !csv.isBlank()) {
			for (String part : csv.split(",")) {
				ids.add(Long.parseLong(part.trim()));
			}
		}
		return ids;
	}

}
