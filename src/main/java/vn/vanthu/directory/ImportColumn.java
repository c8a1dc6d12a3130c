package vn.vanthu.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.vanthu.text.VietnameseText;

/**
 * The columns of the organisation spreadsheet, by sheet, with the headers offices write.
 * Headers match after NFC, case and diacritic folding and whitespace squashing, so "MÃ
 * ĐƠN VỊ", " mã đơn vị " and "Ma don vi" are one column.
 */
enum ImportColumn {

	UNIT_CODE(Sheet.UNITS, "Mã đơn vị", true), UNIT_NAME(Sheet.UNITS, "Tên đơn vị", true),
	UNIT_SHORT_NAME(Sheet.UNITS, "Tên viết tắt", false), UNIT_PARENT(Sheet.UNITS, "Đơn vị cấp trên", false),
	UNIT_KIND(Sheet.UNITS, "Loại", true), UNIT_VALID_FROM(Sheet.UNITS, "Hiệu lực từ", false),
	UNIT_VALID_TO(Sheet.UNITS, "Hiệu lực đến", false),

	PERSON_USERNAME(Sheet.PEOPLE, "Tên đăng nhập", true), PERSON_FULL_NAME(Sheet.PEOPLE, "Họ và tên", true),
	PERSON_UNIT(Sheet.PEOPLE, "Đơn vị", true), PERSON_POSITION(Sheet.PEOPLE, "Chức vụ", true),
	PERSON_EMAIL(Sheet.PEOPLE, "Email", false);

	/** The two sheets (or CSV files) of an import. */
	enum Sheet {

		UNITS("Đơn vị", "units"), PEOPLE("Cán bộ", "people");

		private final String title;

		private final String csvPart;

		Sheet(String title, String csvPart) {
			this.title = title;
			this.csvPart = csvPart;
		}

		/** The sheet's name in the workbook, as reported in row problems. */
		String title() {
			return this.title;
		}

		/** The multipart name of the sheet's CSV file. */
		String csvPart() {
			return this.csvPart;
		}

		List<ImportColumn> columns() {
			return Arrays.stream(ImportColumn.values()).filter((c) -> c.sheet == this).toList();
		}

		boolean matches(String sheetName) {
			return key(sheetName).equals(key(this.title));
		}

	}

	private final Sheet sheet;

	private final String header;

	private final boolean required;

	ImportColumn(Sheet sheet, String header, boolean required) {
		this.sheet = sheet;
		this.header = header;
		this.required = required;
	}

	String header() {
		return this.header;
	}

	boolean required() {
		return this.required;
	}

	/** The column of this sheet a header cell names, if any. */
	static Optional<ImportColumn> of(Sheet sheet, String headerCell) {
		String key = key(headerCell);
		return sheet.columns().stream().filter((c) -> key(c.header).equals(key)).findFirst();
	}

	/** Text as compared: NFC, folded (marks, đ, case), whitespace squashed. */
	static String key(String text) {
		return VietnameseText.squash(VietnameseText.fold((text != null) ? text : ""));
	}

}
