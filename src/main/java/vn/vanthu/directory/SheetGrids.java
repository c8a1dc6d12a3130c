package vn.vanthu.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the two sheets of an organisation import into rows of text: from a workbook
 * (XLSX, or XLS) or from two CSV files (UTF-8, with or without BOM, separated by commas,
 * semicolons or tabs). Date cells become ISO dates, numbers are formatted as the sheet
 * shows them, formulas give their values.
 */
final class SheetGrids {

	/** One row as the spreadsheet numbers it (from 1), its cells as text. */
	record GridRow(int number, List<String> cells) {
	}

	private SheetGrids() {
	}

	/**
	 * The sheets of a workbook; a sheet the workbook lacks is missing from the map.
	 * @throws DirectoryProblem 400 when the bytes are not a workbook
	 */
	static Map<ImportColumn.Sheet, List<GridRow>> workbook(byte[] bytes) {
		Map<ImportColumn.Sheet, List<GridRow>> grids = new EnumMap<>(ImportColumn.Sheet.class);
		try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
			DataFormatter formatter = new DataFormatter();
			for (Sheet sheet : book) {
				for (ImportColumn.Sheet kind : ImportColumn.Sheet.values()) {
					if (kind.matches(sheet.getSheetName()) && !grids.containsKey(kind)) {
						grids.put(kind, rows(sheet, formatter, evaluator));
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DirectoryProblem problem) {
				throw problem;
			}
			throw DirectoryProblem.badRequest("directory-import-file",
					"Không đọc được tệp Excel (.xlsx): " + ex.getMessage() + ". Hãy dùng tệp mẫu.");
		}
		return grids;
	}

	/**
	 * The rows of a CSV file.
	 * @throws DirectoryProblem 400 when the file is not UTF-8 text
	 */
	static List<GridRow> csv(byte[] bytes, String part) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw DirectoryProblem.badRequest("directory-import-file",
					"Tệp CSV " + part + " không phải UTF-8: trong Excel hãy lưu bằng \"CSV UTF-8 (Comma delimited)\".");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(text))
			.setIgnoreEmptyLines(false)
			.setTrim(true)
			.get();
		List<GridRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				rows.add(new GridRow((int) record.getRecordNumber(), record.toList()));
			}
		}
		catch (IOException | RuntimeException ex) {
			throw DirectoryProblem.badRequest("directory-import-file",
					"Không đọc được tệp CSV " + part + ": " + ex.getMessage());
		}
		return rows;
	}

	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String header = (end < 0) ? text : text.substring(0, end);
		long commas = header.chars().filter((c) -> c == ',').count();
		long semicolons = header.chars().filter((c) -> c == ';').count();
		long tabs = header.chars().filter((c) -> c == '\t').count();
		if (tabs > commas && tabs > semicolons) {
			return '\t';
		}
		return (semicolons > commas) ? ';' : ',';
	}

	private static List<GridRow> rows(Sheet sheet, DataFormatter formatter, FormulaEvaluator evaluator) {
		List<GridRow> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
				cells.add(text(row.getCell(c), formatter, evaluator));
			}
			rows.add(new GridRow(row.getRowNum() + 1, cells));
		}
		return rows;
	}

	private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? evaluator.evaluateFormulaCell(cell)
				: cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
		}
		return formatter.formatCellValue(cell, evaluator).strip();
	}

}
