package vn.vanthu.approval;

import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.NumberForm;
import vn.vanthu.document.RegisterDirection;
import vn.vanthu.document.Registers;
import vn.vanthu.platform.Problem;

/**
 * Sổ văn bản đi: numbers documents from the issuer's outgoing register and keeps the
 * register's lines. The number is taken inside the caller's transaction (gapless, see
 * {@link Registers}); number + symbol is unique per issuer, year and series, enforced by
 * a unique index and checked first so that a duplicate is refused with a warning rather
 * than a database error.
 */
@Service
public class OutgoingRegister {

	private final JdbcClient jdbc;

	private final Registers registers;

	private final Directory directory;

	OutgoingRegister(JdbcClient jdbc, Registers registers, Directory directory) {
		this.jdbc = jdbc;
		this.registers = registers;
		this.directory = directory;
	}

	/**
	 * What to number.
	 *
	 * @param documentId the document
	 * @param approvalId its approval, or {@code null}
	 * @param issuer the issuing unit
	 * @param kind the kind's label
	 * @param series the register series ({@code null} = ordinary)
	 * @param manualSeq a number typed by the clerk, or {@code null} to take the next
	 * @param normative carries the year in its symbol
	 * @param drafterShort the drafting unit's short name (công văn), or {@code null}
	 * @param issuedOn the date of issue
	 * @param subject trích yếu
	 * @param signer the signer's name
	 * @param capacity the capacity mark
	 * @param recipients nơi nhận as text
	 * @param clerk who issues
	 */
	public record Numbering(long documentId, Long approvalId, UnitCode issuer, String kind, String series,
			Integer manualSeq, boolean normative, String drafterShort, LocalDate issuedOn, String subject,
			String signer, String capacity, String recipients, String clerk) {
	}

	/**
	 * Numbers a document in the caller's transaction.
	 * @throws Problem 409 {@code number-duplicate} when the number and symbol were
	 * already given this year in this series
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public OutgoingEntry number(Numbering n) {
		Unit unit = this.directory.unit(n.issuer());
		int year = n.issuedOn().getYear();
		String series = (n.series() == null || n.series().isBlank()) ? Registers.DEFAULT_SERIES : n.series().strip();
		if (n.manualSeq() != null && n.manualSeq() < 1) {
			throw Problem.badRequest("number-invalid", "Số văn bản phải là số nguyên dương.");
		}
		int seq = n.manualSeq() != null ? manual(n.issuer(), year, series, n.manualSeq())
				: this.registers.next(n.issuer(), year, series, RegisterDirection.OUTGOING);
		String symbol = DocumentSymbols.build(seq, year, n.kind(), unit.shortName(), n.drafterShort(),
				unit.kind().isParty(), n.normative());
		String key = NumberForm.of(symbol).map(NumberForm::key).orElse(symbol);
		if (exists(n.issuer(), year, series, key)) {
			throw duplicate(symbol, year, series);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		try {
			this.jdbc
				.sql("insert into outgoing_entry (approval_id, document_id, issuer_unit, reg_year, series, seq_no,"
						+ " doc_number, number_key, issued_on, doc_kind, subject, signer_name, capacity, recipients,"
						+ " issued_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(n.approvalId(), n.documentId(), n.issuer().value(), year, series, seq, symbol, key,
						n.issuedOn(), n.kind(), n.subject(), n.signer(), n.capacity(), n.recipients(), n.clerk())
				.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			// a concurrent manual entry won the race; the exception rolls the caller back
			throw duplicate(symbol, year, series);
		}
		return get(keys.getKey().longValue());
	}

	/**
	 * A number typed by the clerk. The register is gapless, so a typed number may not run
	 * ahead of it: the next number is taken through the counter (which moves), an earlier
	 * one is accepted only when free (else refused as a duplicate), a later one is
	 * refused, since it would leave a gap and later collide with the counter.
	 */
	private int manual(UnitCode issuer, int year, String series, int typed) {
		int next = this.registers.current(issuer, year, series, RegisterDirection.OUTGOING) + 1;
		if (typed < next) {
			return typed;
		}
		if (typed == next) {
			// locks the counter; a concurrent issue may have taken it meanwhile
			int taken = this.registers.next(issuer, year, series, RegisterDirection.OUTGOING);
			if (taken == typed) {
				return typed;
			}
			next = taken;
		}
		throw Problem
			.conflict("number-ahead",
					"Số " + typed + " vượt số kế tiếp của sổ văn bản đi (" + next + ", năm " + year + ", sổ " + series
							+ "). Sổ không được bỏ trống số: dùng số kế tiếp hoặc để hệ thống cấp số.")
			.with("next", next);
	}

	/** Whether this number and symbol was already given (any spelling). */
	public boolean exists(UnitCode issuer, int year, String series, String numberKey) {
		return this.jdbc
			.sql("select count(*) from outgoing_entry where issuer_unit = ? and reg_year = ? and series = ?"
					+ " and number_key = ?")
			.params(issuer.value(), year, series, numberKey)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * The register of a unit for a year, in number order, filtered by a text in the
	 * number, subject or signer when given.
	 */
	public List<OutgoingEntry> entries(UnitCode unit, int year, String filter) {
		return this.jdbc.sql(SELECT + " where issuer_unit = ? and reg_year = ? order by series, seq_no")
			.params(unit.value(), year)
			.query(OutgoingRegister::row)
			.list()
			.stream()
			.filter((e) -> RegisterFilter.matches(filter, e.number(), e.subject(), e.signer(), e.kind()))
			.toList();
	}

	public OutgoingEntry get(long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(OutgoingRegister::row).single();
	}

	private static Problem duplicate(String symbol, int year, String series) {
		return Problem
			.conflict("number-duplicate",
					"Số, ký hiệu " + symbol + " đã được cấp trong năm " + year + " (sổ " + series
							+ "). Mỗi số, ký hiệu chỉ được cấp một lần trong năm: hãy kiểm tra lại sổ văn bản đi.")
			.with("number", symbol);
	}

	private static final String SELECT = "select id, document_id, issuer_unit, reg_year, series, seq_no, doc_number,"
			+ " issued_on, doc_kind, subject, signer_name, capacity, recipients, issued_by from outgoing_entry";

	private static OutgoingEntry row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new OutgoingEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
				rs.getInt(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10),
				rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14));
	}

}
