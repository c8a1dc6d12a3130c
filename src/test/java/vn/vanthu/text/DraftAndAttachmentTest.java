package vn.vanthu.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blank draft numbers, drafts attached after the main document, and the clean-up of Nơi
 * nhận entries.
 */
class DraftAndAttachmentTest {

	private static final String HEADER = """
			ỦY BAN NHÂN DÂN
			XÃ BA TIÊU

			%s

			CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
			Độc lập - Tự do - Hạnh phúc

			Ba Tiêu, ngày     tháng 10 năm 2024

			QUYẾT ĐỊNH
			Về việc kiện toàn Tổ công tác

			Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2024 của UBND huyện;
			""";

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Số: /UBND|/UBND", "Số:      /QĐ-UBND|/QĐ-UBND",
			"Số: ....../QĐ-UBND|/QĐ-UBND", "Số:      -CV/HU|-CV/HU" })
	void aBlankDraftNumberIsNoNumberButKeepsItsSymbol(String line, String symbol) {
		DocumentFacts facts = DocumentReader.read(HEADER.formatted(line));
		assertThat(facts.number()).isNull();
		assertThat(facts.draftSymbol()).isNotNull();
		assertThat(facts.draftSymbol().canonical()).isEqualTo(symbol);
		assertThat(facts.draftSymbol().isBlank()).isTrue();
		assertThat(facts.citations()).extracting((c) -> c.number().canonical()).containsExactly("12/QĐ-UBND");
	}

	@Test
	void anIssuedNumberHasNoDraftSymbol() {
		DocumentFacts facts = DocumentReader.read(HEADER.formatted("Số: 45/QĐ-UBND"));
		assertThat(facts.number().canonical()).isEqualTo("45/QĐ-UBND");
		assertThat(facts.draftSymbol()).isNull();
	}

	@Test
	void citationsComeFromTheMainDocumentOnly() {
		String main = """
				ỦY BAN NHÂN DÂN
				HUYỆN BA TƠ

				Số: 245/TTr-UBND

				CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
				Độc lập - Tự do - Hạnh phúc

				Ba Tơ, ngày 12 tháng 9 năm 2024

				TỜ TRÌNH
				Về việc ban hành Quy chế làm việc

				Thực hiện Công văn số 3120/UBND-NC ngày 20/8/2024 của UBND tỉnh, kính trình xem xét./.

				Nơi nhận:
				- Như trên;
				- Lưu: VT.

				TM. ỦY BAN NHÂN DÂN
				CHỦ TỊCH

				Đinh Văn Hùng
				""";
		String draft = """

				ỦY BAN NHÂN DÂN
				HUYỆN BA TƠ
				Số: 99/QĐ-UBND

				CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
				Độc lập - Tự do - Hạnh phúc

				QUYẾT ĐỊNH
				Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;
				""";
		DocumentFacts facts = DocumentReader.read(main + draft);
		assertThat(facts.citations()).extracting((c) -> c.number().canonical()).containsExactly("3120/UBND-NC");
		assertThat(facts.number().canonical()).isEqualTo("245/TTr-UBND");
		assertThat(facts.signer().name()).isEqualTo("Đinh Văn Hùng");
		// Without the attachment nothing changes.
		assertThat(DocumentReader.read(main).citations()).extracting((c) -> c.number().canonical())
			.containsExactly("3120/UBND-NC");
	}

	@Test
	void noiNhanEntriesAreTrimmedOfBulletsAndSemicolonsButKeepNhuTrenAndLuu() {
		String text = """
				Yêu cầu thực hiện./.

				Nơi nhận:
				-  Như trên ;
				- - CT, các PCT UBND huyện;
				•  TT Huyện ủy;,
				+ Lưu: VT, NV./.
				""";
		assertThat(DocumentReader.read(text).noiNhan()).containsExactly("Như trên", "CT, các PCT UBND huyện",
				"TT Huyện ủy", "Lưu: VT, NV");
	}

}
