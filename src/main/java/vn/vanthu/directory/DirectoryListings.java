package vn.vanthu.directory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages of the directory for administrators: units by validity and parent, people (never
 * service accounts) by unit and by whether they may log in.
 */
@Service
public class DirectoryListings {

	/** Which units: open today, closed (ended before today), or all. */
	public enum UnitStatus {

		ACTIVE, CLOSED, ALL

	}

	/** Which people: enabled, disabled, or all. */
	public enum PersonStatus {

		ENABLED, DISABLED, ALL

	}

	/**
	 * A person as administrators see them.
	 *
	 * @param person the person and their posts
	 * @param enabled whether they may log in
	 * @param passwordSet whether they have a password (imported people have none until
	 * they use their link)
	 */
	public record PersonEntry(Person person, boolean enabled, boolean passwordSet) {
	}

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Directory directory;

	private final JdbcClient jdbc;

	DirectoryListings(Directory directory, JdbcClient jdbc) {
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/**
	 * Units by code; {@code parent} (optional) keeps the direct children of one unit. The
	 * directory holds hundreds of units at most, so they are filtered in memory.
	 */
	public List<Unit> units(UnitStatus status, UnitCode parent, long offset, int size) {
		LocalDate today = LocalDate.now(VIETNAM);
		return this.directory.units()
			.stream()
			.filter((u) -> parent == null || parent.equals(u.parent()))
			.filter((u) -> switch (status) {
				case ACTIVE -> u.isValidOn(today);
				case CLOSED -> u.validTo() != null && u.validTo().isBefore(today);
				case ALL -> true;
			})
			.skip(offset)
			.limit(size)
			.toList();
	}

	/** People by login; {@code unit} (optional) keeps those holding a post there. */
	@Transactional(readOnly = true)
	public List<PersonEntry> people(PersonStatus status, UnitCode unit, long offset, int size) {
		StringBuilder sql = new StringBuilder(
				"select username, enabled, password_hash is not null from person where not service_account");
		List<Object> params = new ArrayList<>();
		if (status != PersonStatus.ALL) {
			sql.append(" and enabled = ?");
			params.add(status == PersonStatus.ENABLED);
		}
		if (unit != null) {
			sql.append(" and username in (select username from membership where unit_code = ?)");
			params.add(unit.value());
		}
		sql.append(" order by username offset ? rows fetch next ? rows only");
		params.add(offset);
		params.add(size);
		record Row(Username username, boolean enabled, boolean passwordSet) {
		}
		List<Row> rows = this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Row(Username.of(rs.getString(1)), rs.getBoolean(2), rs.getBoolean(3)))
			.list();
		return rows.stream()
			.map((r) -> new PersonEntry(this.directory.person(r.username()), r.enabled(), r.passwordSet()))
			.toList();
	}

}
