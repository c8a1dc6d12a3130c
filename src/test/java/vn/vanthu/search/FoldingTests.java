package vn.vanthu.search;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingTests {

	@Test
	void foldsVietnameseToTheSameLength() {
		assertThat(Folding.fold("Đường Quyết định số 673/QĐ-UBND, Ủy ban"))
			.isEqualTo("Duong Quyet dinh so 673/QD-UBND, Uy ban");
		assertThat(Folding.fold(null)).isNull();
	}

	@Test
	void everyCharFoldsAsLuceneFoldsItAlone() {
		char[] one = new char[1];
		char[] out = new char[4];
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			one[0] = (char) c;
			int n = ASCIIFoldingFilter.foldToASCII(one, 0, out, 0, 1);
			char expected = (n == 1) ? out[0] : (char) c;
			assertThat(Folding.fold(String.valueOf((char) c)).charAt(0)).as("U+%04X", c).isEqualTo(expected);
		}
	}

}
