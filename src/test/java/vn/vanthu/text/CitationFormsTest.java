package vn.vanthu.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citation forms that extraction damages or offices write unusually, in phrases taken
 * from real texts (Quyết định 173/QĐ-BTP, Thông tư 40/2024/TT-BLĐTBXH, Nghị quyết
 * 1669/NQ-UBTVQH15, Nghị quyết 122/NQ-CP).
 */
class CitationFormsTest {

	/**
	 * The citations of a phrase under a header: a first line naming a kind and a number
	 * would be the document's own title line.
	 */
	private static List<String> cited(String text) {
		return DocumentReader.read("Số: 99/KH-UBND\n\n" + text)
			.citations()
			.stream()
			.map((c) -> c.number().canonical())
			.toList();
	}

	@Test
	void aLetterAfterTheDigits() {
		assertThat(cited("Căn cứ Chương trình số 1249a/CTPH-UBDT-BTP ngày 13/11/2014 của Ủy ban Dân tộc"))
			.containsExactly("1249a/CTPH-UBDT-BTP");
	}

	@Test
	void anAmpersandInsideTheSymbol() {
		assertThat(cited("và Quyết định số 37/2000/QĐ-BGD&ĐT ngày 29 tháng 8 năm 2000 của Bộ trưởng"))
			.containsExactly("37/2000/QĐ-BGD&ĐT");
	}

	@Test
	void aWordGluedToTheEndOfTheSymbol() {
		assertThat(cited("Tờ trình số 380/TTr-CP và Đề án số\n381/ĐA-CPngày 09 tháng 5 năm 2025, Báo cáo"))
			.containsExactly("380/TTr-CP", "381/ĐA-CP");
		assertThat(cited("theo Quyết định số 142/2008/QĐ-TTg của Thủ tướng")).containsExactly("142/2008/QĐ-TTg");
	}

	@Test
	void aHyphenSplitByALineBreakOrLost() {
		assertThat(cited("tại văn bản số 3816/VPCP-\nCN ngày 29 tháng 4 năm 2026")).containsExactly("3816/VPCP-CN");
		assertThat(cited("Được thay thế bởi Thông tư số  05/2024/TT\nBLĐTBXH ngày 10/5/2024"))
			.containsExactly("05/2024/TT-BLĐTBXH");
		assertThat(cited("Quyết định số 12/QĐ UBND ngày 01/02/2024")).containsExactly("12/QĐ-UBND");
	}

	@Test
	void partySymbolsWithTuAndTu() {
		assertThat(cited("Thực hiện Nghị quyết số 18-NQ/TƯ ngày 25/10/2017 và Chỉ thị số 05-CT/TU của Tỉnh ủy"))
			.containsExactly("18-NQ/TƯ", "05-CT/TU");
	}

	@Test
	void aLeadingZeroIsKept() {
		assertThat(cited("Công văn số 0568/SXD-VP ngày 05/3/2024")).containsExactly("0568/SXD-VP");
	}

	@Test
	void anAnnexFormIsNotACitation() {
		assertThat(cited("Mẫu số: 01b/TB-TMĐN TÊN CƠ QUAN THUẾ\ntheo Nghị định 291/2025/NĐ-CP có hiệu lực"))
			.containsExactly("291/2025/NĐ-CP");
	}

	@Test
	void theOwnNumberIsNeverItsOwnCitation() {
		String law = """
				QUỐC HỘI

				Luật số: 51/2024/QH15

				LUẬT
				SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ

				Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế
				số 25/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 32/2013/QH13.
				Luật số 51/2024/QH15 có hiệu lực từ ngày 01 tháng 7 năm 2025.
				""";
		DocumentFacts facts = DocumentReader.read(law);
		assertThat(facts.number()).hasToString("51/2024/QH15");
		assertThat(facts.citations().stream().map((c) -> c.number().canonical())).containsExactly("25/2008/QH12",
				"32/2013/QH13");
	}

}
