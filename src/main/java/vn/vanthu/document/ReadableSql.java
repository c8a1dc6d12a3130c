package vn.vanthu.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.vanthu.directory.UnitCode;

/** The access rule of {@link DocumentAccess} as an SQL condition over {@code d}. */
final class ReadableSql {

	static final String WHERE = "where (d.created_by = :user"
			+ " or exists (select 1 from document_reader x where x.document_id = d.id and x.username = :user)"
			+ " or (d.status <> 'DRAFT' and (d.issuer_unit in (:units) or (d.public_flag and d.secrecy is null)"
			+ " or exists (select 1 from document_recipient r where r.document_id = d.id and r.unit_code in (:units)))))";

	private ReadableSql() {
	}

	static Map<String, Object> params(Reader reader) {
		Map<String, Object> p = new HashMap<>();
		p.put("user", reader.username());
		List<String> units = reader.units().stream().map(UnitCode::value).toList();
		// an empty IN list is invalid SQL: use a value no unit code can be (codes start
		// with a
		// letter or digit); not NUL, which PostgreSQL refuses in text and answered 500
		// for a
		// reader without units (a service account)
		p.put("units", units.isEmpty() ? List.of("-") : units);
		return p;
	}

}
