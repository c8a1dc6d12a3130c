package vn.vanthu.directory;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** JDBC access to the directory tables. */
@Repository
class DirectoryRepository {

	private final JdbcClient jdbc;

	DirectoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean hasAdministrator() {
		return this.jdbc.sql("select count(*) from person where admin and enabled").query(Long.class).single() > 0;
	}

	List<Unit> units() {
		return this.jdbc.sql("select * from unit order by code").query(DirectoryRepository::unit).list();
	}

	Optional<Unit> unit(UnitCode code) {
		return this.jdbc.sql("select * from unit where code = ?")
			.param(code.value())
			.query(DirectoryRepository::unit)
			.optional();
	}

	void saveUnit(Unit unit) {
		int updated = this.jdbc
			.sql("update unit set name = ?, short_name = ?, parent_code = ?, kind = ?, valid_from = ?, valid_to = ?,"
					+ " email = ? where code = ?")
			.params(unit.name(), unit.shortName(), code(unit.parent()), unit.kind().name(), date(unit.validFrom()),
					date(unit.validTo()), unit.email(), unit.code().value())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into unit (code, name, short_name, parent_code, kind, valid_from, valid_to, email)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(unit.code().value(), unit.name(), unit.shortName(), code(unit.parent()), unit.kind().name(),
						date(unit.validFrom()), date(unit.validTo()), unit.email())
				.update();
		}
	}

	List<Username> usernames() {
		return this.jdbc.sql("select username from person order by username")
			.query((rs, n) -> Username.of(rs.getString(1)))
			.list();
	}

	Optional<Person> person(Username username) {
		return this.jdbc.sql("select * from person where username = ?")
			.param(username.value())
			.query((rs, n) -> new Person(username, rs.getString("full_name"), rs.getString("email"),
					rs.getBoolean("admin"), memberships(username)))
			.optional();
	}

	Optional<String> passwordHash(Username username) {
		return this.jdbc
			.sql("select password_hash from person where username = ? and enabled and password_hash is not null")
			.param(username.value())
			.query(String.class)
			.optional();
	}

	void savePerson(Person person, String passwordHash) {
		int updated = this.jdbc.sql("update person set full_name = ?, email = ?, admin = ? where username = ?")
			.params(person.fullName(), person.email(), person.admin(), person.username().value())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into person (username, full_name, email, password_hash, admin) values (?, ?, ?, ?, ?)")
				.params(person.username().value(), person.fullName(), person.email(), passwordHash, person.admin())
				.update();
		}
		else if (passwordHash != null) {
			this.jdbc.sql("update person set password_hash = ? where username = ?")
				.params(passwordHash, person.username().value())
				.update();
		}
		this.jdbc.sql("delete from membership where username = ?").param(person.username().value()).update();
		for (Membership m : person.memberships()) {
			this.jdbc.sql("insert into membership (username, unit_code, position) values (?, ?, ?)")
				.params(m.username().value(), m.unit().value(), m.position().name())
				.update();
		}
	}

	void markServiceAccount(Username username) {
		this.jdbc.sql("update person set service_account = true where username = ?").param(username.value()).update();
	}

	List<Username> serviceAccounts() {
		return this.jdbc.sql("select username from person where service_account order by username")
			.query((rs, n) -> Username.of(rs.getString(1)))
			.list();
	}

	boolean enabled(Username username) {
		return this.jdbc.sql("select enabled from person where username = ?")
			.param(username.value())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void setEnabled(Username username, boolean enabled) {
		this.jdbc.sql("update person set enabled = ? where username = ?").params(enabled, username.value()).update();
	}

	List<Membership> memberships(Username username) {
		return this.jdbc.sql("select * from membership where username = ? order by unit_code, position")
			.param(username.value())
			.query(DirectoryRepository::membership)
			.list();
	}

	List<Membership> membersOf(UnitCode unit) {
		return this.jdbc.sql("select * from membership where unit_code = ? order by username, position")
			.param(unit.value())
			.query(DirectoryRepository::membership)
			.list();
	}

	private static Membership membership(ResultSet rs, int row) throws SQLException {
		return new Membership(Username.of(rs.getString("username")), UnitCode.of(rs.getString("unit_code")),
				Position.valueOf(rs.getString("position")));
	}

	private static Unit unit(ResultSet rs, int row) throws SQLException {
		String parent = rs.getString("parent_code");
		return new Unit(UnitCode.of(rs.getString("code")), rs.getString("name"), rs.getString("short_name"),
				(parent != null) ? UnitCode.of(parent) : null, UnitKind.valueOf(rs.getString("kind")),
				localDate(rs.getDate("valid_from")), localDate(rs.getDate("valid_to")), rs.getString("email"));
	}

	private static LocalDate localDate(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private static Date date(LocalDate day) {
		return (day != null) ? Date.valueOf(day) : null;
	}

	private static String code(UnitCode code) {
		return (code != null) ? code.value() : null;
	}

}
