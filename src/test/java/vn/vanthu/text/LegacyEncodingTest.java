package vn.vanthu.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyEncodingTest {

	/** A national motto typed in .VnTime, as an extractor reads its bytes. */
	static final String TCVN3_HEADER = "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n"
			+ "Sè: 15/Q§-UBND\nQuyÕt ®Þnh vÒ viÖc thµnh lËp Tæ c«ng t¸c ­u tiªn";

	@Test
	void tcvn3TextComesBackInUnicode() {
		assertThat(LegacyEncoding.looksLikeTcvn3(TCVN3_HEADER)).isTrue();
		assertThat(LegacyEncoding.repair(TCVN3_HEADER)).isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam\n"
				+ "Độc lập - Tự do - Hạnh phúc\nSố: 15/QĐ-UBND\nQuyết định về việc thành lập Tổ công tác ưu tiên");
	}

	@Test
	void everyLetterOfTheTableMapsToAVietnameseLetter() {
		String all = "¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ";
		String vietnamese = "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
		assertThat(LegacyEncoding.repair(all + " " + all)).isEqualTo(vietnamese + " " + vietnamese);
	}

	@Test
	void unicodeVietnameseIsLeftAlone() {
		for (Fixtures.Fixture f : Fixtures.all()) {
			assertThat(LegacyEncoding.looksLikeTcvn3(f.text())).as(f.name()).isFalse();
			assertThat(LegacyEncoding.repair(f.text())).as(f.name()).isSameAs(f.text());
		}
		String withSymbols = "© 2024 Sở Xây dựng · Điều 5 § 2 × 3 — «Thông báo» số 568/TB-SXD ngày 16/12/2024";
		assertThat(LegacyEncoding.repair(withSymbols)).isSameAs(withSymbols);
		assertThat(LegacyEncoding.repair("")).isEmpty();
		assertThat(LegacyEncoding.repair(null)).isNull();
	}

}
