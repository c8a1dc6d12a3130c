package vn.vanthu.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderAndSignerTest {

	private static final String DOC = """
			ỦY BAN NHÂN DÂN
			TỈNH QUẢNG NGÃI

			CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
			Độc lập - Tự do - Hạnh phúc

			Số: 6802/UBND-TTHC
			V/v triển khai hướng dẫn tự đánh
			giá, chấm điểm

			Quảng Ngãi, ngày 16 tháng 12 năm 2024

			Kính gửi:
			- Các sở, ban, ngành;
			- UBND các huyện, thị xã, thành phố.

			Giao Sở Nội vụ chủ trì thực hiện./.

			Nơi nhận:
			- Như trên;
			- Lưu: VT, TTHC.

			TL. CHỦ TỊCH
			CHÁNH VĂN PHÒNG

			Nguyễn Quốc Việt
			""";

	@Test
	void readsHeader() {
		DocumentFacts f = DocumentReader.read(DOC);
		assertThat(f.number().canonical()).isEqualTo("6802/UBND-TTHC");
		assertThat(f.kind()).isEqualTo(DocumentKind.CONG_VAN);
		assertThat(f.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI");
		assertThat(f.place()).isEqualTo("Quảng Ngãi");
		assertThat(f.issuedOn()).hasToString("2024-12-16");
		assertThat(f.subject()).isEqualTo("triển khai hướng dẫn tự đánh giá, chấm điểm");
		assertThat(f.kinhGui()).containsExactly("Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố");
		assertThat(f.noiNhan()).containsExactly("Như trên", "Lưu: VT, TTHC");
	}

	@Test
	void readsSigner() {
		assertThat(DocumentReader.read(DOC).signer())
			.isEqualTo(new Signer("TL.", "CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nguyễn Quốc Việt"));
	}

	@Test
	void readsAssignmentWithOffsets() {
		DocumentFacts f = DocumentReader.read(DOC);
		assertThat(f.assignments()).singleElement().satisfies((a) -> {
			assertThat(a.assignee()).isEqualTo("Sở Nội vụ");
			assertThat(a.task()).isEqualTo("chủ trì thực hiện");
			assertThat(DOC.substring(a.start(), a.end())).startsWith("Giao Sở Nội vụ");
		});
	}

	@Test
	void partialDateInDraft() {
		DocumentFacts f = DocumentReader.read("Ba Tơ, ngày   tháng 8 năm 2023\nDỰ THẢO LẦN 01\n");
		assertThat(f.issuedOn()).hasToString("2023-08");
		assertThat(f.draftRound()).isEqualTo(1);
	}

}
