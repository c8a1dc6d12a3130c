package vn.vanthu.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.vanthu.directory.ImportColumn.UNIT_CODE;
import static vn.vanthu.directory.ImportColumn.UNIT_KIND;
import static vn.vanthu.directory.ImportColumn.UNIT_NAME;
import static vn.vanthu.directory.ImportColumn.UNIT_PARENT;
import static vn.vanthu.directory.ImportColumn.UNIT_SHORT_NAME;
import static vn.vanthu.directory.ImportColumn.UNIT_VALID_FROM;
import static vn.vanthu.directory.ImportColumn.UNIT_VALID_TO;

/**
 * The "Đơn vị" sheet checked against itself and the directory: every row becomes a unit
 * or problems. Parents may be named by code or by name, may be defined further down the
 * sheet or already be in the directory; a chain of parents that loops is refused.
 * Produces the units parents first.
 */
final class UnitRows {

	private record Draft(ImportRow row, UnitCode code, String name, String shortName, String parentText, UnitKind kind,
			LocalDate validFrom, LocalDate validTo) {
	}

	private final Map<UnitCode, Unit> existing = new LinkedHashMap<>();

	private final Map<UnitCode, Draft> drafts = new LinkedHashMap<>();

	private final Map<UnitCode, UnitCode> parents = new HashMap<>();

	private final List<RowProblem> problems;

	private UnitRows(List<Unit> existing, List<RowProblem> problems) {
		existing.forEach((u) -> this.existing.put(u.code(), u));
		this.problems = problems;
	}

	/** The units of the sheet, parents first; problems go to {@code problems}. */
	static UnitRows check(ImportRow.Table table, List<Unit> existing, List<RowProblem> problems) {
		UnitRows units = new UnitRows(existing, problems);
		table.rows().forEach((row) -> units.read(row, table.columns()));
		units.resolveParents();
		units.refuseCycles();
		return units;
	}

	/**
	 * The unit a cell names: a code of the sheet or the directory, else a name only one
	 * unit of the sheet has, else a name only one unit of the directory has.
	 */
	Optional<UnitCode> resolve(String text, ImportRow row, ImportColumn column) {
		try {
			UnitCode code = UnitCode.of(text);
			if (this.drafts.containsKey(code) || this.existing.containsKey(code)) {
				return Optional.of(code);
			}
		}
		catch (IllegalArgumentException ex) {
			// not a code: a name
		}
		String key = ImportColumn.key(text);
		// the file's own units first: a name the file defines means that unit
		Set<UnitCode> named = new LinkedHashSet<>();
		this.drafts.values()
			.stream()
			.filter((d) -> ImportColumn.key(d.name()).equals(key))
			.forEach((d) -> named.add(d.code()));
		if (named.isEmpty()) {
			this.existing.values()
				.stream()
				.filter((u) -> ImportColumn.key(u.name()).equals(key))
				.forEach((u) -> named.add(u.code()));
		}
		if (named.size() == 1) {
			return Optional.of(named.iterator().next());
		}
		this.problems
			.add(row.problem(column, named.isEmpty() ? "Không có đơn vị \"" + text + "\" trong tệp hay trong danh bạ"
					: "Nhiều đơn vị cùng tên \"" + text + "\" (" + named + "): hãy ghi mã đơn vị"));
		return Optional.empty();
	}

	/** The checked units, each parent before its children. */
	List<Unit> units() {
		List<Unit> ordered = new ArrayList<>();
		Set<UnitCode> placed = new LinkedHashSet<>();
		for (UnitCode code : this.drafts.keySet()) {
			place(code, placed, ordered);
		}
		return ordered;
	}

	private void place(UnitCode code, Set<UnitCode> placed, List<Unit> ordered) {
		Draft draft = this.drafts.get(code);
		if (draft == null || !placed.add(code)) {
			return;
		}
		UnitCode parent = this.parents.get(code);
		if (parent != null) {
			place(parent, placed, ordered);
		}
		Unit before = this.existing.get(code);
		String email = (before != null) ? before.email() : null;
		ordered.add(new Unit(code, draft.name(), draft.shortName(), parent, draft.kind(), draft.validFrom(),
				draft.validTo(), email));
	}

	private void read(ImportRow row, Set<ImportColumn> columns) {
		UnitCode code = null;
		String codeText = row.value(UNIT_CODE);
		if (codeText == null) {
			this.problems.add(row.problem(UNIT_CODE, "Thiếu mã đơn vị"));
		}
		else {
			try {
				code = UnitCode.of(codeText);
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(row.problem(UNIT_CODE, "Mã đơn vị \"" + codeText
						+ "\" không hợp lệ: chỉ chữ không dấu, chữ số và - _ . (tối đa 64 ký tự)"));
			}
		}
		String name = row.value(UNIT_NAME);
		if (name == null) {
			this.problems.add(row.problem(UNIT_NAME, "Thiếu tên đơn vị"));
		}
		else if (name.length() > 255) {
			this.problems.add(row.problem(UNIT_NAME, "Tên đơn vị dài quá 255 ký tự"));
		}
		Unit stored = (code != null) ? this.existing.get(code) : null;
		String shortName = columns.contains(UNIT_SHORT_NAME) ? row.value(UNIT_SHORT_NAME)
				: (stored != null) ? stored.shortName() : null;
		if (shortName != null && shortName.length() > 64) {
			this.problems.add(row.problem(UNIT_SHORT_NAME, "Tên viết tắt dài quá 64 ký tự"));
		}
		UnitKind kind = null;
		String kindText = row.value(UNIT_KIND);
		if (kindText == null) {
			this.problems.add(row.problem(UNIT_KIND, "Thiếu loại đơn vị (" + ImportValues.kindLabels() + ")"));
		}
		else {
			kind = ImportValues.kind(kindText).orElse(null);
			if (kind == null) {
				this.problems.add(row.problem(UNIT_KIND,
						"Loại đơn vị \"" + kindText + "\" không có; dùng một trong: " + ImportValues.kindLabels()));
			}
		}
		LocalDate from = date(row, UNIT_VALID_FROM, columns, (stored != null) ? stored.validFrom() : null);
		LocalDate to = date(row, UNIT_VALID_TO, columns, (stored != null) ? stored.validTo() : null);
		if (from != null && to != null && to.isBefore(from)) {
			this.problems.add(row.problem(UNIT_VALID_TO, "Hiệu lực đến trước hiệu lực từ"));
		}
		if (code != null && this.drafts.containsKey(code)) {
			this.problems.add(row.problem(UNIT_CODE,
					"Mã đơn vị " + code + " trùng với dòng " + this.drafts.get(code).row().number()));
			return;
		}
		if (code != null) {
			// a row with problems still defines its code, so that rows naming it are not
			// reported twice (nothing is applied while any problem remains)
			this.drafts.put(code, new Draft(row, code, (name != null) ? name : code.value(), shortName,
					row.value(UNIT_PARENT), kind, from, to));
		}
	}

	private LocalDate date(ImportRow row, ImportColumn column, Set<ImportColumn> columns, LocalDate stored) {
		if (!columns.contains(column)) {
			return stored;
		}
		String text = row.value(column);
		if (text == null) {
			return null;
		}
		Optional<LocalDate> date = ImportValues.date(text);
		if (date.isEmpty()) {
			this.problems
				.add(row.problem(column, "Ngày \"" + text + "\" không đọc được: ghi dd/MM/yyyy, ví dụ 01/07/2025"));
		}
		return date.orElse(null);
	}

	private void resolveParents() {
		this.existing.values().forEach((u) -> {
			if (u.parent() != null) {
				this.parents.put(u.code(), u.parent());
			}
		});
		for (Draft draft : this.drafts.values()) {
			this.parents.remove(draft.code());
			if (draft.parentText() != null) {
				resolve(draft.parentText(), draft.row(), UNIT_PARENT)
					.ifPresent((p) -> this.parents.put(draft.code(), p));
			}
		}
	}

	private void refuseCycles() {
		for (Draft draft : this.drafts.values()) {
			List<UnitCode> chain = new ArrayList<>(List.of(draft.code()));
			UnitCode next = this.parents.get(draft.code());
			while (next != null && !chain.contains(next)) {
				chain.add(next);
				next = this.parents.get(next);
			}
			if (draft.code().equals(next)) {
				chain.add(next);
				this.problems.add(draft.row()
					.problem(UNIT_PARENT, "Vòng lặp đơn vị cấp trên: "
							+ String.join(" → ", chain.stream().map(UnitCode::value).toList())));
			}
		}
	}

}
