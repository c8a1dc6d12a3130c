package vn.vanthu.addressing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.vanthu.directory.UnitCode;

/** SQL for aliases, groups and remembered choices. */
@Repository
class AddressingRepository {

	private final JdbcClient jdbc;

	AddressingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<UnitCode, List<String>> aliases() {
		Map<UnitCode, List<String>> out = new LinkedHashMap<>();
		this.jdbc.sql("select unit_code, alias from unit_alias order by unit_code, alias").query((rs) -> {
			out.computeIfAbsent(UnitCode.of(rs.getString(1)), (k) -> new java.util.ArrayList<>()).add(rs.getString(2));
		});
		return out;
	}

	void addAlias(UnitCode unit, String alias) {
		this.jdbc.sql("delete from unit_alias where unit_code = ? and alias = ?").params(unit.value(), alias).update();
		this.jdbc.sql("insert into unit_alias (unit_code, alias) values (?, ?)").params(unit.value(), alias).update();
	}

	void removeAlias(UnitCode unit, String alias) {
		this.jdbc.sql("delete from unit_alias where unit_code = ? and alias = ?").params(unit.value(), alias).update();
	}

	List<RecipientGroup> groups() {
		Map<Long, String> names = new LinkedHashMap<>();
		Map<Long, List<UnitCode>> members = new LinkedHashMap<>();
		this.jdbc.sql("select id, name from recipient_group order by name").query((rs) -> {
			names.put(rs.getLong(1), rs.getString(2));
		});
		this.jdbc.sql("select group_id, unit_code from recipient_group_unit order by group_id, unit_code")
			.query((rs) -> {
				members.computeIfAbsent(rs.getLong(1), (k) -> new java.util.ArrayList<>())
					.add(UnitCode.of(rs.getString(2)));
			});
		return names.entrySet()
			.stream()
			.map((e) -> new RecipientGroup(e.getKey(), e.getValue(), members.getOrDefault(e.getKey(), List.of())))
			.toList();
	}

	long saveGroup(String name, List<UnitCode> units) {
		Long id = this.jdbc.sql("select id from recipient_group where name = ?")
			.param(name)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (id == null) {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.sql("insert into recipient_group (name) values (?)").param(name).update(keys, "id");
			id = keys.getKey().longValue();
		}
		this.jdbc.sql("delete from recipient_group_unit where group_id = ?").param(id).update();
		for (UnitCode unit : units) {
			this.jdbc.sql("insert into recipient_group_unit (group_id, unit_code) values (?, ?)")
				.params(id, unit.value())
				.update();
		}
		return id;
	}

	void deleteGroup(long id) {
		this.jdbc.sql("delete from recipient_group_unit where group_id = ?").param(id).update();
		this.jdbc.sql("delete from recipient_group where id = ?").param(id).update();
	}

	Map<String, List<UnitCode>> choices(UnitCode issuer) {
		Map<String, List<UnitCode>> out = new LinkedHashMap<>();
		this.jdbc
			.sql("select wording, unit_code from recipient_choice where issuer_unit = ? order by wording, position")
			.param(issuer.value())
			.query((rs) -> {
				out.computeIfAbsent(rs.getString(1), (k) -> new java.util.ArrayList<>())
					.add(UnitCode.of(rs.getString(2)));
			});
		return out;
	}

	void remember(UnitCode issuer, String wording, List<UnitCode> units) {
		this.jdbc.sql("delete from recipient_choice where issuer_unit = ? and wording = ?")
			.params(issuer.value(), wording)
			.update();
		int position = 0;
		for (UnitCode unit : units) {
			this.jdbc
				.sql("insert into recipient_choice (issuer_unit, wording, unit_code, position) values (?, ?, ?, ?)")
				.params(issuer.value(), wording, unit.value(), position++)
				.update();
		}
	}

}
