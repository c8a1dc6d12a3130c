package vn.vanthu.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The units and people of the demo commune Ba Tiêu and its district Ba Tơ as an office
 * keeps them: a title above the headers, headers typed in capitals, without diacritics or
 * in NFD, a parent defined further down, kinds with the old tone placement ("Uỷ"), dates
 * as date cells, as text and as day numbers, trailing blank rows. Codes and logins carry
 * a prefix of their own, so that the fixture can be imported again in a database that
 * already holds an earlier run.
 */
final class OrganisationFixture {

	final String p = "K" + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36).toUpperCase();

	final String l = this.p.toLowerCase() + ".";

	/** The "Đơn vị" rows: code, name, short name, parent, kind, valid from, valid to. */
	List<List<Object>> units() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(this.p + "XA-BATIEU-VP", "Văn phòng - Thống kê xã Ba Tiêu", "VP", this.p + "XA-BATIEU",
				"Cơ quan chuyên môn", LocalDate.of(2025, 7, 1), ""));
		rows.add(List.of(this.p + "XA-BATIEU-CA", "Công an xã Ba Tiêu", "CA", "Ủy ban nhân dân xã Ba Tiêu",
				"ban ngành, đoàn thể", "", ""));
		rows.add(List.of(this.p + "HUYEN-BATO", "Ủy ban nhân dân huyện Ba Tơ", "UBND", "TINH-QN", "Uỷ ban nhân dân", "",
				"30/06/2025"));
		rows.add(List.of(this.p + "PNV-BATO", "Phòng Nội vụ huyện Ba Tơ", "PNV", this.p + "HUYEN-BATO",
				"Cơ quan chuyên môn", "", 45838.0));
		rows.add(List.of(this.p + "XA-BATIEU", "Ủy ban nhân dân xã Ba Tiêu", "UBND", "TINH-QN", "Ủy ban nhân dân",
				"1/7/2025", ""));
		rows.add(List.of(this.p + "XA-BATIEU-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Ba Tiêu", "MTTQ",
				this.p + "XA-BATIEU", "Ban ngành, đoàn thể", "", ""));
		return rows;
	}

	/** The "Cán bộ" rows: login, name, unit, position, e-mail. */
	List<List<Object>> people() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(this.l + "chutich", "Phạm Văn Thu", this.p + "XA-BATIEU", "Chủ tịch",
				this.l + "chutich@batieu.quangngai.gov.vn"));
		rows.add(List.of(this.l + "vanthu", "Lê Thị Hoa", "Văn phòng - Thống kê xã Ba Tiêu", "văn thư", ""));
		rows.add(List.of(this.l + "chanhvp", "Phạm Văn Nam", this.p + "XA-BATIEU-VP", "Chánh Văn phòng", ""));
		rows.add(List.of(this.l + "phochutich", "Đinh Văn Hùng", this.p + "XA-BATIEU", "Phó Chủ tịch", ""));
		rows.add(List.of(this.l + "phochutich", "Đinh Văn Hùng", this.p + "XA-BATIEU-CA", "Trưởng ban", ""));
		rows.add(List.of(this.l + "chutich-huyen", "Nguyễn Tường Duy", this.p + "HUYEN-BATO", "CHỦ TỊCH", ""));
		return rows;
	}

	byte[] workbook() {
		return workbook(units(), people());
	}

	/**
	 * A workbook with the given rows under headers written as offices write them (a title
	 * row first, capitals, NFD, no diacritics), followed by blank rows.
	 */
	static byte[] workbook(List<List<Object>> units, List<List<Object>> people) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
			sheet(book, "ĐƠN VỊ", "DANH SÁCH ĐƠN VỊ XÃ BA TIÊU",
					List.of("MÃ ĐƠN VỊ", "Ten don vi", " tên  viết tắt ",
							java.text.Normalizer.normalize("Đơn vị cấp trên", java.text.Normalizer.Form.NFD), "LOẠI",
							"Hiệu lực từ", "hiệu lực đến", "Ghi chú"),
					units, date);
			sheet(book, "Cán bộ", null, List.of("Tên đăng nhập", "Họ và tên", "Đơn vị", "Chức vụ", "E-mail", "Email"),
					people.stream().map((r) -> {
						List<Object> row = new ArrayList<>(r.subList(0, 4));
						row.add("");
						row.add(r.get(4));
						return (List<Object>) row;
					}).toList(), date);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sheet(XSSFWorkbook book, String name, String title, List<String> headers,
			List<List<Object>> rows, CellStyle date) {
		Sheet sheet = book.createSheet(name);
		int r = 0;
		if (title != null) {
			sheet.createRow(r++).createCell(0).setCellValue(title);
		}
		write(sheet.createRow(r++), new ArrayList<>(headers), date);
		for (List<Object> values : rows) {
			write(sheet.createRow(r++), values, date);
		}
		for (int blank = 0; blank < 3; blank++) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(" ");
			row.createCell(2).setBlank();
		}
	}

	static void write(Row row, List<?> values, CellStyle date) {
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value instanceof LocalDate day) {
				row.createCell(i).setCellValue(day);
				row.getCell(i).setCellStyle(date);
			}
			else if (value instanceof Double number) {
				row.createCell(i).setCellValue(number);
			}
			else if (!"".equals(value)) {
				row.createCell(i).setCellValue(String.valueOf(value));
			}
		}
	}

}
