package vn.vanthu.directory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.vanthu.text.VietnameseText;

/**
 * One data row of an import sheet, its cells by column, NFC and trimmed.
 *
 * @param sheet the sheet
 * @param number the row number the spreadsheet shows
 * @param values the non-blank cells
 */
record ImportRow(ImportColumn.Sheet sheet, int number, Map<ImportColumn, String> values) {

	/** How many rows from the top may hold a title above the headers. */
	private static final int HEADER_SEARCH_ROWS = 10;

	/** The cell of this column, or {@code null} when blank. */
	String value(ImportColumn column) {
		return this.values.get(column);
	}

	RowProblem problem(ImportColumn column, String reason) {
		return new RowProblem(this.sheet.title(), this.number, (column != null) ? column.header() : null, reason);
	}

	/**
	 * The data rows of a sheet: the header row is the first of the top
	 * {@value #HEADER_SEARCH_ROWS} naming at least two of the sheet's columns (a title
	 * may stand above it), unknown columns are ignored, blank rows skipped.
	 * @param problems receives a missing header row or required column
	 */
	static Table read(ImportColumn.Sheet sheet, List<SheetGrids.GridRow> grid, List<RowProblem> problems) {
		List<ImportRow> rows = new ArrayList<>();
		int headerIndex = -1;
		Map<Integer, ImportColumn> columns = Map.of();
		for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, grid.size()) && headerIndex < 0; i++) {
			Map<Integer, ImportColumn> found = headers(sheet, grid.get(i).cells());
			if (found.size() >= 2) {
				headerIndex = i;
				columns = found;
			}
		}
		if (headerIndex < 0) {
			problems.add(new RowProblem(sheet.title(), null, null, "Không tìm thấy dòng tiêu đề (các cột "
					+ String.join(", ", sheet.columns().stream().map(ImportColumn::header).toList()) + ")"));
			return new Table(rows, java.util.Set.of());
		}
		int headerRow = grid.get(headerIndex).number();
		for (ImportColumn column : sheet.columns()) {
			if (column.required() && !columns.containsValue(column)) {
				problems.add(new RowProblem(sheet.title(), headerRow, column.header(), "Thiếu cột bắt buộc"));
			}
		}
		for (SheetGrids.GridRow row : grid.subList(headerIndex + 1, grid.size())) {
			Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
			columns.forEach((index, column) -> cell(row.cells(), index).ifPresent((v) -> values.put(column, v)));
			if (!values.isEmpty()) {
				rows.add(new ImportRow(sheet, row.number(), values));
			}
		}
		return new Table(rows, java.util.Set.copyOf(columns.values()));
	}

	/**
	 * A sheet's data rows and the columns it has (an optional column the sheet lacks
	 * leaves the stored value alone; a blank cell of a column it has clears it).
	 */
	record Table(List<ImportRow> rows, java.util.Set<ImportColumn> columns) {

		static Table empty() {
			return new Table(List.of(), java.util.Set.of());
		}

	}

	private static Map<Integer, ImportColumn> headers(ImportColumn.Sheet sheet, List<String> cells) {
		Map<Integer, ImportColumn> found = new java.util.HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			int index = i;
			ImportColumn.of(sheet, cells.get(i))
				.filter((c) -> !found.containsValue(c))
				.ifPresent((c) -> found.put(index, c));
		}
		return found;
	}

	private static Optional<String> cell(List<String> cells, int index) {
		if (index >= cells.size()) {
			return Optional.empty();
		}
		String text = VietnameseText.squash(VietnameseText.nfc(cells.get(index)).replace('\u00A0', ' '));
		return text.isEmpty() ? Optional.empty() : Optional.of(text);
	}

}
