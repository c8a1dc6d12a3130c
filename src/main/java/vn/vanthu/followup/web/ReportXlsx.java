package vn.vanthu.followup.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.vanthu.followup.Counts;
import vn.vanthu.followup.FollowupClock;
import vn.vanthu.followup.FollowupReport;

/**
 * The report as an XLSX workbook: sheets per unit, per directive, per month and the task
 * list, each with the report's instant and the rate definitions on top.
 */
final class ReportXlsx {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String[] COUNT_HEADERS = { "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
			"Chưa hoàn thành, quá hạn", "Chưa hoàn thành, trong hạn", "Tổng số", "Tỷ lệ quá hạn (%)",
			"Tỷ lệ trễ hạn (%)" };

	private ReportXlsx() {
	}

	static byte[] write(FollowupReport report) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			groups(book.createSheet("Theo đơn vị"), report, "Đơn vị chủ trì", report.byUnit());
			groups(book.createSheet("Theo văn bản"), report, "Văn bản chỉ đạo", report.byDirective());
			Sheet months = book.createSheet("Theo tháng");
			int r = header(months, report, "Tháng (theo hạn)");
			for (FollowupReport.MonthRow m : report.byMonth()) {
				Row row = months.createRow(r++);
				row.createCell(0)
					.setCellValue(String.format("%02d/%d", m.month().getMonthValue(), m.month().getYear()));
				counts(row, m.counts());
			}
			Sheet tasks = book.createSheet("Nhiệm vụ");
			Row h = tasks.createRow(0);
			String[] heads = { "Mã", "Văn bản", "Nhiệm vụ", "Đơn vị chủ trì", "Hạn ban đầu", "Hạn hiện tại",
					"Ngày hoàn thành", "Tình trạng" };
			for (int i = 0; i < heads.length; i++) {
				h.createCell(i).setCellValue(heads[i]);
			}
			int t = 1;
			for (FollowupReport.Line line : report.tasks()) {
				Row row = tasks.createRow(t++);
				row.createCell(0).setCellValue(line.task().id().value());
				row.createCell(1).setCellValue(line.directive());
				row.createCell(2).setCellValue(line.task().description());
				row.createCell(3).setCellValue(line.leadUnitName());
				row.createCell(4).setCellValue(DAY.format(line.task().originalDueOn()));
				row.createCell(5).setCellValue(DAY.format(line.task().dueOn()));
				row.createCell(6).setCellValue(line.task().doneOn() == null ? "" : DAY.format(line.task().doneOn()));
				row.createCell(7).setCellValue(line.category().label());
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void groups(Sheet sheet, FollowupReport report, String label, List<FollowupReport.Row> rows) {
		int r = header(sheet, report, label);
		for (FollowupReport.Row g : rows) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(g.label());
			counts(row, g.counts());
		}
		Row total = sheet.createRow(r);
		total.createCell(0).setCellValue("Tổng cộng");
		counts(total, report.total());
	}

	private static int header(Sheet sheet, FollowupReport report, String label) {
		sheet.createRow(0)
			.createCell(0)
			.setCellValue("Theo dõi nhiệm vụ, số liệu đến "
					+ DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").format(report.asOf().atZone(FollowupClock.ZONE)));
		sheet.createRow(1).createCell(0).setCellValue(Counts.OVERDUE_RATE_DEFINITION);
		sheet.createRow(2).createCell(0).setCellValue(Counts.LATE_RATE_DEFINITION);
		Row h = sheet.createRow(4);
		h.createCell(0).setCellValue(label);
		for (int i = 0; i < COUNT_HEADERS.length; i++) {
			h.createCell(i + 1).setCellValue(COUNT_HEADERS[i]);
		}
		return 5;
	}

	private static void counts(Row row, Counts c) {
		row.createCell(1).setCellValue(c.doneOnTime());
		row.createCell(2).setCellValue(c.doneLate());
		row.createCell(3).setCellValue(c.openOverdue());
		row.createCell(4).setCellValue(c.openNotDue());
		row.createCell(5).setCellValue(c.total());
		rate(row, 6, c.overdueRate());
		rate(row, 7, c.lateRate());
	}

	private static void rate(Row row, int col, BigDecimal value) {
		if (value != null) {
			row.createCell(col).setCellValue(value.doubleValue());
		}
	}

}
