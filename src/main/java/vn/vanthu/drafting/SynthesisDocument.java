package vn.vanthu.drafting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes the "Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý" in its conventional
 * layout: issuer, title, subject, the draft and round with dates, then a table STT | Cơ
 * quan/người góp ý | Nội dung góp ý | Ý kiến tiếp thu/giải trình.
 */
final class SynthesisDocument {

	static final String TITLE = "BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý";

	static final List<String> HEADERS = List.of("STT", "Cơ quan/người góp ý", "Nội dung góp ý",
			"Ý kiến tiếp thu/giải trình");

	/** One line of the table. */
	record Row(String who, String comment, String disposition, String explanation) {
	}

	private SynthesisDocument() {
	}

	static byte[] write(String issuerName, Draft draft, Round round, List<Row> rows) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(doc, issuerName.toUpperCase(), true, ParagraphAlignment.LEFT);
			paragraph(doc, TITLE, true, ParagraphAlignment.CENTER);
			paragraph(doc, draft.subject(), true, ParagraphAlignment.CENTER);
			paragraph(doc, "(%s — vòng góp ý %02d)".formatted(round.label(), round.roundNo()), false,
					ParagraphAlignment.CENTER);
			paragraph(doc,
					"Thời gian lấy ý kiến: từ %s đến %s".formatted(Text.DAY.format(round.openedAt()),
							Text.DAY.format((round.closedAt() != null) ? round.closedAt() : round.deadline())),
					false, ParagraphAlignment.CENTER);
			XWPFTable table = doc.createTable(rows.size() + 1, HEADERS.size());
			table.setWidth("100%");
			for (int c = 0; c < HEADERS.size(); c++) {
				cell(table.getRow(0), c, HEADERS.get(c), true);
			}
			for (int i = 0; i < rows.size(); i++) {
				Row row = rows.get(i);
				XWPFTableRow line = table.getRow(i + 1);
				cell(line, 0, Integer.toString(i + 1), false);
				cell(line, 1, row.who(), false);
				cell(line, 2, row.comment(), false);
				String answer = row.disposition();
				if (row.explanation() != null && !row.explanation().isBlank()) {
					answer = answer.isEmpty() ? row.explanation() : answer + ": " + row.explanation();
				}
				cell(line, 3, answer, false);
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setAlignment(alignment);
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		run.setFontFamily("Times New Roman");
		run.setFontSize(13);
		run.setText(text);
	}

	private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
		XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		run.setFontFamily("Times New Roman");
		run.setText((text != null) ? text : "");
	}

}
