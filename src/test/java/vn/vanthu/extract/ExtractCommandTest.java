package vn.vanthu.extract;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

	private static final String DOC = """
			ỦY BAN NHÂN DÂN
			TỈNH QUẢNG NGÃI

			Số: 6802/UBND-TTHC
			V/v triển khai hướng dẫn tự đánh giá

			Quảng Ngãi, ngày 16 tháng 12 năm 2024

			Kính gửi: Các sở, ban, ngành

			Thực hiện Công văn số 8131/BNV-CCHC ngày 13/12/2024 của Bộ Nội vụ, Chủ tịch UBND tỉnh có ý kiến:
			Giao Sở Nội vụ chủ trì, báo cáo chậm nhất ngày 25/12/2024./.

			Nơi nhận:
			- Như trên;
			- Lưu: VT, TTHC.

			TL. CHỦ TỊCH
			CHÁNH VĂN PHÒNG

			Nguyễn Quốc Việt
			""";

	@TempDir
	Path dir;

	@Test
	void printsOneJsonLinePerFileAndAnErrorLineForBadFiles() throws Exception {
		Path txt = this.dir.resolve("cong-van.txt");
		Files.writeString(txt, DOC, StandardCharsets.UTF_8);
		Path docx = this.dir.resolve("cong-van.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
			for (String line : DOC.split("\n")) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
		}
		Path corrupt = this.dir.resolve("corrupt.docx");
		Files.write(corrupt, new byte[] { 'P', 'K', 3, 4, 0, 0, 1, 2, 3 });
		Path missing = this.dir.resolve("missing.txt");

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = ExtractCommand.run(
				List.of(txt.toString(), docx.toString(), corrupt.toString(), missing.toString()),
				new PrintStream(bytes, true, StandardCharsets.UTF_8));

		String output = bytes.toString(StandardCharsets.UTF_8);
		assertThat(output).contains("Quảng Ngãi").doesNotContain("\\u");
		List<String> lines = output.lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(status).isNotZero();
		ObjectMapper mapper = new ObjectMapper();
		for (int i = 0; i < 2; i++) {
			JsonNode json = mapper.readTree(lines.get(i));
			assertThat(json.get("number").asText()).isEqualTo("6802/UBND-TTHC");
			assertThat(json.get("kind").asText()).isEqualTo("Công văn");
			assertThat(json.get("issuedOn").asText()).isEqualTo("2024-12-16");
			assertThat(json.get("place").asText()).isEqualTo("Quảng Ngãi");
			assertThat(json.get("draftRound").isNull()).isTrue();
			assertThat(json.get("recipients").get("kinhGui").get(0).asText()).isEqualTo("Các sở, ban, ngành");
			assertThat(json.get("signer").get("capacity").asText()).isEqualTo("TL.");
			assertThat(json.get("signer").get("name").asText()).isEqualTo("Nguyễn Quốc Việt");
			JsonNode citation = json.get("citations").get(0);
			assertThat(citation.get("number").asText()).isEqualTo("8131/BNV-CCHC");
			assertThat(citation.get("date").asText()).isEqualTo("2024-12-13");
			assertThat(citation.get("issuer").asText()).isEqualTo("Bộ Nội vụ");
			assertThat(citation.get("end").asInt()).isGreaterThan(citation.get("start").asInt());
			assertThat(json.get("deadlines").get(0).get("date").asText()).isEqualTo("2024-12-25");
			assertThat(json.get("assignments").get(0).get("assignee").asText()).isEqualTo("Sở Nội vụ");
			assertThat(json.get("assignments").get(0).get("deadline").asText()).isEqualTo("2024-12-25");
		}
		JsonNode text = mapper.readTree(lines.get(0));
		String nfc = DOC;
		JsonNode c = text.get("citations").get(0);
		assertThat(nfc.substring(c.get("start").asInt(), c.get("end").asInt())).startsWith("Công văn số 8131");
		assertThat(mapper.readTree(lines.get(0)).get("file").asText()).isEqualTo(txt.toString());
		assertThat(mapper.readTree(lines.get(2)).get("error").asText()).isNotBlank();
		assertThat(mapper.readTree(lines.get(3)).get("error").asText()).isEqualTo("file not found");
	}

	@Test
	void aBlankDraftNumberPrintsNullAndTheDraftSymbol() throws Exception {
		Path txt = this.dir.resolve("du-thao.txt");
		Files.writeString(txt, DOC.replace("Số: 6802/UBND-TTHC", "Số:      /UBND-TTHC"), StandardCharsets.UTF_8);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = ExtractCommand.run(List.of(txt.toString()), new PrintStream(bytes, true, StandardCharsets.UTF_8));
		assertThat(status).isZero();
		JsonNode json = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8).lines().findFirst().get());
		assertThat(json.has("number")).isTrue();
		assertThat(json.get("number").isNull()).isTrue();
		assertThat(json.get("draftSymbol").asText()).isEqualTo("/UBND-TTHC");
		assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"number\":null");
	}

	@Test
	void writesRecurringDeadlinesAsRecurrencesAndOneOffsWithTheirDate() throws Exception {
		// Sentences from real Gazette texts (Thông tư 44/2022/TT-BTC, Thông tư
		// 53/2023/TT-BKHĐT) and the weekly form.
		String doc = """
				Số: 12/KH-UBND
				Bình Định, ngày 15 tháng 01 năm 2025
				1. Sở Lao động tổng hợp gửi Bộ trước ngày 05 tháng 7 hằng năm;
				2. Tổ chức dịch vụ chi trả chuyển chứng từ cho cơ quan Lao động trước ngày 20 hằng tháng.
				3. Văn phòng báo cáo kết quả vào thứ Hai hằng tuần.
				4. Sở Tài chính hoàn thành trước ngày 05 tháng 3 năm 2025.
				""";
		Path txt = this.dir.resolve("ke-hoach.txt");
		Files.writeString(txt, doc, StandardCharsets.UTF_8);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ExtractCommand.run(List.of(txt.toString()), new PrintStream(bytes, true, StandardCharsets.UTF_8));
		JsonNode deadlines = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8)).get("deadlines");
		assertThat(deadlines).hasSize(4);
		assertThat(deadlines.get(0).get("date").asText()).isEqualTo("--07-05");
		assertThat(deadlines.get(0).get("recurrence").asText()).isEqualTo("YEARLY");
		assertThat(deadlines.get(0).get("text").asText()).isEqualTo("trước ngày 05 tháng 7 hằng năm");
		assertThat(deadlines.get(1).get("date").asText()).isEqualTo("---20");
		assertThat(deadlines.get(1).get("recurrence").asText()).isEqualTo("MONTHLY");
		assertThat(deadlines.get(2).get("date").isNull()).isTrue();
		assertThat(deadlines.get(2).get("recurrence").asText()).isEqualTo("WEEKLY");
		assertThat(deadlines.get(2).get("dayOfWeek").asText()).isEqualTo("MONDAY");
		assertThat(deadlines.get(3).get("date").asText()).isEqualTo("2025-03-05");
		assertThat(deadlines.get(3).has("recurrence")).isFalse();
		assertThat(deadlines.get(3).get("start").asInt()).isLessThan(deadlines.get(3).get("end").asInt());
	}

}
