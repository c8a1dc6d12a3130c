package vn.vanthu.document;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.directory.UnitCode;

/**
 * The registers' counters. Numbers restart at 1 each year, per unit, series and direction
 * (Decree 30: secret documents and some boards keep their own series).
 *
 * <p>
 * Taking a number locks the counter row until the caller's transaction ends: concurrent
 * callers wait rather than collide, and a caller that rolls back gives its number back,
 * so the register never has gaps. Callers should therefore take the number as late as
 * possible in a short transaction.
 */
@Service
public class Registers {

	/** The ordinary series of a register. */
	public static final String DEFAULT_SERIES = "CHUNG";

	private final JdbcClient jdbc;

	private final IdempotentInsert counters;

	Registers(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.counters = new IdempotentInsert(dataSource);
	}

	/**
	 * Takes the next number of a register, inside the caller's transaction (a new one if
	 * none).
	 * @return the number, starting at 1 each year
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public int next(UnitCode unit, int year, String series, RegisterDirection direction) {
		String s = (series == null || series.isBlank()) ? DEFAULT_SERIES : series;
		int updated = increment(unit, year, s, direction);
		if (updated == 0) {
			// A concurrent creator may win the insert; its row lock then orders us after
			// it.
			this.counters.insert("insert into register_counter (unit_code, reg_year, series, direction, last_number)"
					+ " values (?, ?, ?, ?, 0)", unit.value(), year, s, direction.name());
			increment(unit, year, s, direction);
		}
		return current(unit, year, s, direction);
	}

	/** The last number taken, or 0 when none was taken that year. */
	public int current(UnitCode unit, int year, String series, RegisterDirection direction) {
		return this.jdbc
			.sql("select last_number from register_counter where unit_code = ? and reg_year = ? and series = ?"
					+ " and direction = ?")
			.params(unit.value(), year, (series == null || series.isBlank()) ? DEFAULT_SERIES : series,
					direction.name())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private int increment(UnitCode unit, int year, String series, RegisterDirection direction) {
		return this.jdbc
			.sql("update register_counter set last_number = last_number + 1 where unit_code = ? and reg_year = ?"
					+ " and series = ? and direction = ?")
			.params(unit.value(), year, series, direction.name())
			.update();
	}

}
