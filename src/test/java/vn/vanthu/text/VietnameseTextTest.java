package vn.vanthu.text;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

	@Test
	void foldsDiacriticsAndDWithOffsets() {
		FoldedText f = VietnameseText.foldWithOffsets("Quyết định số 673/QĐ-UBND của Đảng ủy");
		assertThat(f.text()).isEqualTo("quyet dinh so 673/qd-ubnd cua dang uy");
		int at = f.text().indexOf("dang");
		assertThat(f.original().substring(f.originalOffset(at), f.originalEnd(at + 4))).isEqualTo("Đảng");
	}

	@Test
	void normalisesNfdToNfc() {
		String nfd = Normalizer.normalize("Hỏa tốc", Normalizer.Form.NFD);
		assertThat(VietnameseText.nfc(nfd)).isEqualTo("Hỏa tốc");
		assertThat(VietnameseText.fold(nfd)).isEqualTo("hoa toc");
	}

	@Test
	void matchingTextKeepsLengthAndUnifiesDashesAndSpaces() {
		String s = "673/QĐ\u2013UBND\u00a0**số**";
		String m = VietnameseText.forMatching(s);
		assertThat(m).hasSameSizeAs(s).isEqualTo("673/QĐ-UBND   số  ");
	}

	@Test
	void squashCollapsesWhitespace() {
		assertThat(VietnameseText.squash("  a \n\t b  ")).isEqualTo("a b");
	}

}
