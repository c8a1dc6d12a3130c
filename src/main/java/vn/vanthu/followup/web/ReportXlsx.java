package vn.vanthu.followup.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.vanthu.followup.Counts;
import vn.vanthu.followup.FollowupClock;
import vn.vanthu.followup.FollowupReport;

/**
 * The report as an XLSX workbook: sheets per unit, per directive, per month and the task
 * list, each with the report's instant and the rate definitions on top. Sheet names and
 * headings are in the given language (the follow-up messages); Vietnamese by default.
 */
final class ReportXlsx {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** The application's messages, for callers without a message source. */
	private static final MessageSource DEFAULT_MESSAGES = defaultMessages();

	private static final String[] COUNT_HEADERS = { "followup.col.doneOnTime", "followup.col.doneLate",
			"followup.col.openOverdue", "followup.col.openNotDue", "followup.col.total", "followup.xlsx.overdueRate",
			"followup.xlsx.lateRate" };

	private static final String[] TASK_HEADERS = { "followup.xlsx.col.id", "followup.tasks.col.document",
			"followup.tasks.col.task", "followup.tasks.col.lead", "followup.tasks.col.originalDue",
			"followup.tasks.col.currentDue", "followup.xlsx.col.doneOn", "followup.tasks.col.category" };

	private ReportXlsx() {
	}

	/** The workbook in Vietnamese. */
	static byte[] write(FollowupReport report) {
		return write(report, DEFAULT_MESSAGES, VIETNAMESE);
	}

	/** The workbook with the texts of {@code messages} in {@code locale}. */
	static byte[] write(FollowupReport report, MessageSource messages, Locale locale) {
		Texts texts = new Texts(messages, locale);
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			groups(book.createSheet(texts.get("followup.xlsx.sheet.byUnit")), report, texts,
					texts.get("followup.col.unit"), report.byUnit());
			groups(book.createSheet(texts.get("followup.xlsx.sheet.byDirective")), report, texts,
					texts.get("followup.xlsx.directive"), report.byDirective());
			Sheet months = book.createSheet(texts.get("followup.xlsx.sheet.byMonth"));
			int r = header(months, report, texts, texts.get("followup.xlsx.month"));
			for (FollowupReport.MonthRow m : report.byMonth()) {
				Row row = months.createRow(r++);
				row.createCell(0)
					.setCellValue(String.format("%02d/%d", m.month().getMonthValue(), m.month().getYear()));
				counts(row, m.counts());
			}
			Sheet tasks = book.createSheet(texts.get("followup.xlsx.sheet.tasks"));
			Row h = tasks.createRow(0);
			for (int i = 0; i < TASK_HEADERS.length; i++) {
				h.createCell(i).setCellValue(texts.get(TASK_HEADERS[i]));
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
				row.createCell(7).setCellValue(texts.get("followup.category." + line.category().name()));
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void groups(Sheet sheet, FollowupReport report, Texts texts, String label,
			List<FollowupReport.Row> rows) {
		int r = header(sheet, report, texts, label);
		for (FollowupReport.Row g : rows) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(g.label());
			counts(row, g.counts());
		}
		Row total = sheet.createRow(r);
		total.createCell(0).setCellValue(texts.get("followup.total"));
		counts(total, report.total());
	}

	private static int header(Sheet sheet, FollowupReport report, Texts texts, String label) {
		sheet.createRow(0)
			.createCell(0)
			.setCellValue(texts.get("followup.xlsx.asOf",
					DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").format(report.asOf().atZone(FollowupClock.ZONE))));
		sheet.createRow(1).createCell(0).setCellValue(texts.get("followup.overdueRate.definition"));
		sheet.createRow(2).createCell(0).setCellValue(texts.get("followup.lateRate.definition"));
		Row h = sheet.createRow(4);
		h.createCell(0).setCellValue(label);
		for (int i = 0; i < COUNT_HEADERS.length; i++) {
			h.createCell(i + 1).setCellValue(texts.get(COUNT_HEADERS[i]));
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

	private static MessageSource defaultMessages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** The workbook's texts in one language. */
	private record Texts(MessageSource messages, Locale locale) {

		String get(String key, Object... args) {
			return this.messages.getMessage(key, args, this.locale);
		}

	}

}
