package vn.vanthu.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One-sheet XLSX downloads of a table (the registers' exports): a header row, then one
 * row per entry. Numbers become numeric cells, {@code null} an empty cell, anything else
 * its text.
 */
public final class Spreadsheets {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Spreadsheets() {
	}

	/** The table as an attachment named {@code fileName}. */
	public static ResponseEntity<byte[]> download(String fileName, String sheetName, List<String> headers,
			List<? extends List<?>> rows) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(sheetName);
			write(sheet.createRow(0), headers);
			int r = 1;
			for (List<?> values : rows) {
				write(sheet.createRow(r++), values);
			}
			book.write(out);
			return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
				.contentType(XLSX)
				.body(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, List<?> values) {
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
			else {
				row.createCell(i).setCellValue((value != null) ? value.toString() : "");
			}
		}
	}

}
