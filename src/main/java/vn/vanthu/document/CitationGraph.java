package vn.vanthu.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.vanthu.text.Citation;
import vn.vanthu.text.VietnameseText;

/**
 * Stores citations and resolves them to documents of the library: same number key, then
 * same date (or year) when the citation gives one, then, among several, the issuer.
 * Resolution is redone for every citation of a number whenever a document with that
 * number arrives or changes, so the order of arrival does not matter.
 */
@Component
class CitationGraph {

	/** Values per IN list. */
	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final JdbcOperations batch;

	CitationGraph(JdbcClient jdbc, JdbcOperations batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void replace(long documentId, List<Citation> citations) {
		this.jdbc.sql("delete from document_citation where document_id = ?").param(documentId).update();
		insert(documentId, citations);
	}

	/** Stores the citations of a document that has none yet. */
	void insert(long documentId, List<Citation> citations) {
		insert(Map.of(documentId, citations));
	}

	/**
	 * Stores the citations of documents that have none yet, in one batch, already
	 * resolved against the library (documents inserted in the same transaction included):
	 * no second pass to write their resolution.
	 */
	void insert(Map<Long, List<Citation>> byDocument) {
		Map<String, List<Candidate>> bearing = bearing(byDocument.values()
			.stream()
			.flatMap(List::stream)
			.filter((c) -> c.number() != null && !c.number().isBlank())
			.map((c) -> c.number().key())
			.distinct()
			.toList());
		List<Object[]> rows = new ArrayList<>();
		byDocument.forEach((documentId, citations) -> {
			int seq = 0;
			for (Citation c : citations) {
				if (c.number() == null || c.number().isBlank()) {
					continue;
				}
				LocalDate date = c.date();
				Integer year = date != null ? Integer.valueOf(date.getYear()) : c.number().year();
				Resolution r = new Resolution(0,
						match(bearing.getOrDefault(c.number().key(), List.of()), documentId, date, year, c.issuer()),
						null, null);
				rows.add(new Object[] { documentId, seq++, DocumentRepository.truncate(c.text(), 1000),
						c.number().canonical(), c.number().key(), c.kind() == null ? null : c.kind().label(), date,
						year, DocumentRepository.truncate(c.issuer(), 512), c.start(), c.end(), r.resolvedId(),
						r.candidates() });
			}
		});
		Batches.run(this.batch,
				"insert into document_citation (document_id, seq, raw_text, doc_number, number_key, kind, cited_on,"
						+ " cited_year, issuer, start_offset, end_offset, resolved_id, candidates)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows);
	}

	/**
	 * Resolves every citation of the given number key (in any document): after a document
	 * with that number arrives, changes its number or its status. Rows whose resolution
	 * does not change are not written.
	 */
	void resolveKey(String numberKey) {
		if (numberKey != null) {
			resolveKeys(List.of(numberKey));
		}
	}

	/** {@link #resolveKey} for several keys at once, in a few queries. */
	void resolveKeys(Collection<String> numberKeys) {
		List<String> keys = numberKeys.stream().filter(Objects::nonNull).distinct().toList();
		resolve(stored("number_key", keys));
	}

	private List<Stored> stored(String column, List<?> values) {
		List<Stored> found = new ArrayList<>();
		for (int from = 0; from < values.size(); from += CHUNK) {
			found.addAll(this.jdbc
				.sql("select id, document_id, number_key, cited_on, cited_year, issuer, resolved_id, candidates"
						+ " from document_citation where " + column + " in (:values)")
				.param("values", values.subList(from, Math.min(values.size(), from + CHUNK)))
				.query(CitationGraph::stored)
				.list());
		}
		return found;
	}

	/**
	 * Resolves these citations with one query for the documents bearing their numbers.
	 */
	private void resolve(List<Stored> citations) {
		if (citations.isEmpty()) {
			return;
		}
		Map<String, List<Candidate>> bearing = bearing(citations.stream().map(Stored::numberKey).distinct().toList());
		storeChanged(citations.stream()
			.map((s) -> s.resolveAgainst(bearing.getOrDefault(s.numberKey(), List.of())))
			.toList());
	}

	/** The documents (not drafts) bearing each of these number keys. */
	private Map<String, List<Candidate>> bearing(List<String> keys) {
		Map<String, List<Candidate>> bearing = new HashMap<>();
		for (int from = 0; from < keys.size(); from += CHUNK) {
			this.jdbc
				.sql("select id, issued_on, issued_year, issuer_name, number_key from document"
						+ " where number_key in (:keys) and status <> 'DRAFT'")
				.param("keys", keys.subList(from, Math.min(keys.size(), from + CHUNK)))
				.query((rs) -> {
					bearing.computeIfAbsent(rs.getString(5), (k) -> new ArrayList<>()).add(candidate(rs));
				});
		}
		return bearing;
	}

	private void storeChanged(List<Resolution> resolutions) {
		Batches.run(this.batch, "update document_citation set resolved_id = ?, candidates = ? where id = ?",
				resolutions.stream()
					.filter(Resolution::changed)
					.map((r) -> new Object[] { r.resolvedId(), r.candidates(), r.citationId() })
					.toList());
	}

	private static Candidate candidate(ResultSet rs) throws SQLException {
		return new Candidate(rs.getLong(1), rs.getObject(2, LocalDate.class), (Integer) rs.getObject(3),
				rs.getString(4));
	}

	private static Stored stored(ResultSet rs, int n) throws SQLException {
		long resolved = rs.getLong(7);
		Long current = rs.wasNull() ? null : resolved;
		return new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
				(Integer) rs.getObject(5), rs.getString(6), current, rs.getString(8));
	}

	/** A stored citation with what it resolves to now. */
	private record Stored(long id, long documentId, String numberKey, LocalDate date, Integer year, String issuer,
			Long resolvedId, String candidates) {

		Resolution resolveAgainst(List<Candidate> documents) {
			return new Resolution(this.id, match(documents, this.documentId, this.date, this.year, this.issuer),
					this.resolvedId, this.candidates);
		}

	}

	List<DocumentCitation> of(long documentId) {
		return this.jdbc
			.sql("select raw_text, doc_number, number_key, kind, cited_on, issuer, start_offset,"
					+ " end_offset, resolved_id, candidates from document_citation where document_id = ? order by seq")
			.param(documentId)
			.query((rs, n) -> {
				long resolved = rs.getLong(9);
				boolean none = rs.wasNull();
				return new DocumentCitation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getObject(5, LocalDate.class), rs.getString(6), rs.getInt(7), rs.getInt(8),
						none ? null : new DocumentId(resolved),
						DocumentRepository.parseIds(rs.getString(10)).stream().map(DocumentId::new).toList());
			})
			.list();
	}

	List<CitingDocument> citing(long documentId) {
		return this.jdbc
			.sql("select d.id, d.doc_number, d.kind, d.issuer_name, d.issued_on, d.subject, c.raw_text"
					+ " from document_citation c join document d on d.id = c.document_id where c.resolved_id = ?"
					+ " order by d.issued_on desc, d.id desc")
			.param(documentId)
			.query((rs, n) -> new CitingDocument(new DocumentId(rs.getLong(1)), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7)))
			.list();
	}

	/** A citation's new matches next to what is stored. */
	private record Resolution(long citationId, List<Long> matches, Long storedId, String storedCandidates) {

		Long resolvedId() {
			return this.matches.size() == 1 ? this.matches.get(0) : null;
		}

		String candidates() {
			if (this.matches.size() < 2) {
				return null;
			}
			String joined = DocumentRepository
				.truncate(this.matches.stream().map(String::valueOf).collect(Collectors.joining(",")), 1000);
			return joined.length() == 1000 ? joined.substring(0, joined.lastIndexOf(',')) : joined;
		}

		boolean changed() {
			return !Objects.equals(resolvedId(), this.storedId) || !Objects.equals(candidates(), this.storedCandidates);
		}

	}

	static List<Long> match(List<Candidate> documents, long citing, LocalDate date, Integer year, String issuer) {
		List<Candidate> found = new ArrayList<>();
		for (Candidate d : documents) {
			if (d.id() == citing) {
				continue;
			}
			if (date != null && d.issuedOn() != null && !date.equals(d.issuedOn())) {
				continue;
			}
			if (year != null && d.year() != null && !year.equals(d.year())) {
				continue;
			}
			found.add(d);
		}
		if (found.size() > 1 && issuer != null) {
			String cited = issuerWords(issuer);
			List<Candidate> sameIssuer = found.stream()
				.filter((d) -> d.issuer() != null && overlaps(cited, d.issuerWords()))
				.toList();
			if (!sameIssuer.isEmpty()) {
				found = sameIssuer;
			}
		}
		return found.stream().map(Candidate::id).toList();
	}

	/** Folded issuer words without the titles that vary between header and citation. */
	static String issuerWords(String issuer) {
		String f = " " + VietnameseText.fold(issuer).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
		f = f.replace(" ubnd ", " uy ban nhan dan ").replace(" hdnd ", " hoi dong nhan dan ");
		f = f.replace(" chu tich ", " ").replace(" cua ", " ");
		return f.replaceAll("\\s+", " ").strip();
	}

	private static boolean overlaps(String a, String b) {
		return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
	}

	record Candidate(long id, LocalDate issuedOn, Integer year, String issuer, String issuerWords) {

		Candidate(long id, LocalDate issuedOn, Integer year, String issuer) {
			this(id, issuedOn, year, issuer, issuer == null ? null : CitationGraph.issuerWords(issuer));
		}

	}

}
