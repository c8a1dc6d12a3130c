package vn.vanthu.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook offices fill in for an import: sheets "Đơn vị" and "Cán bộ", a line of
 * instructions, the headers, one example row each (to replace), drop-down lists of the
 * unit kinds and positions, and dates formatted dd/mm/yyyy.
 */
public final class OrganisationTemplate {

	/** The download's file name. */
	public static final String FILE_NAME = "mau-nhap-to-chuc.xlsx";

	/** Row (from 0) of the headers; the instructions stand above. */
	static final int HEADER_ROW = 1;

	private static final int LAST_ROW = 1000;

	/** The hidden sheet holding the values of the drop-down lists. */
	static final String LISTS = "Danh mục";

	private OrganisationTemplate() {
	}

	/** The template as XLSX bytes. */
	public static byte[] workbook() {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));

			// the drop-down lists' values: an explicit list would split "Ban ngành, đoàn
			// thể"
			Sheet lists = book.createSheet(LISTS);
			Sheet units = sheet(book, ImportColumn.Sheet.UNITS, bold,
					"Mỗi dòng một đơn vị. Loại: chọn trong danh sách. Đơn vị cấp trên: mã hoặc tên (có thể khai ở dòng dưới)."
							+ " Hiệu lực đến đã qua: đơn vị được đóng, không bị xoá. Thay dòng ví dụ bằng đơn vị của cơ quan.");
			Row unit = units.createRow(HEADER_ROW + 1);
			List<String> unitValues = List.of("XA-BATIEU", "Ủy ban nhân dân xã Ba Tiêu", "UBND", "",
					UnitKind.PEOPLES_COMMITTEE.label());
			for (int i = 0; i < unitValues.size(); i++) {
				unit.createCell(i).setCellValue(unitValues.get(i));
			}
			unit.createCell(5).setCellValue(LocalDate.of(2025, 7, 1));
			unit.getCell(5).setCellStyle(date);
			list(units, 4, lists, 0, Arrays.stream(UnitKind.values()).map(UnitKind::label).toList());
			units.setDefaultColumnStyle(5, date);
			units.setDefaultColumnStyle(6, date);

			Sheet people = sheet(book, ImportColumn.Sheet.PEOPLE, bold,
					"Mỗi dòng một chức vụ của một người (người kiêm nhiệm: nhiều dòng cùng tên đăng nhập)."
							+ " Đơn vị: mã hoặc tên. Chức vụ: chọn trong danh sách. Người mới nhận liên kết đặt mật khẩu.");
			Row person = people.createRow(HEADER_ROW + 1);
			List<String> personValues = List.of("vanthu.batieu", "Lê Thị Hoa", "XA-BATIEU", Position.VAN_THU.label(),
					"vanthu@batieu.quangngai.gov.vn");
			for (int i = 0; i < personValues.size(); i++) {
				person.createCell(i).setCellValue(personValues.get(i));
			}
			list(people, 3, lists, 1, Arrays.stream(Position.values()).map(Position::label).toList());
			book.setSheetHidden(book.getSheetIndex(lists), true);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Sheet sheet(XSSFWorkbook book, ImportColumn.Sheet kind, CellStyle bold, String instructions) {
		Sheet sheet = book.createSheet(kind.title());
		sheet.createRow(0).createCell(0).setCellValue(instructions);
		Row headers = sheet.createRow(HEADER_ROW);
		List<ImportColumn> columns = kind.columns();
		for (int i = 0; i < columns.size(); i++) {
			headers.createCell(i).setCellValue(columns.get(i).header());
			headers.getCell(i).setCellStyle(bold);
			sheet.setColumnWidth(i, 24 * 256);
		}
		sheet.createFreezePane(0, HEADER_ROW + 1);
		return sheet;
	}

	private static void list(Sheet sheet, int column, Sheet lists, int listColumn, List<String> labels) {
		for (int i = 0; i < labels.size(); i++) {
			Row row = (lists.getRow(i) != null) ? lists.getRow(i) : lists.createRow(i);
			row.createCell(listColumn).setCellValue(labels.get(i));
		}
		String letter = String.valueOf((char) ('A' + listColumn));
		String range = "'" + LISTS + "'!$" + letter + "$1:$" + letter + "$" + labels.size();
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
				new CellRangeAddressList(HEADER_ROW + 1, LAST_ROW, column, column));
		validation.setShowErrorBox(true);
		sheet.addValidationData(validation);
	}

}
