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

	/**
	 * The same motto and a decision's opening typed in VNI-Times, as an extractor reads
	 * them.
	 */
	static final String VNI_HEADER = "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\n"
			+ "UÛY BAN NHAÂN DAÂN XAÕ BA TIEÂU\nSoá: 27/QÑ-UBND\nQuyeát ñònh veà vieäc thaønh laäp Toå coâng taùc öu tieân";

	@Test
	void vniTextComesBackInUnicode() {
		assertThat(LegacyEncoding.looksLikeVni(VNI_HEADER)).isTrue();
		assertThat(LegacyEncoding.encodingOf(VNI_HEADER)).isEqualTo("VNI");
		assertThat(LegacyEncoding.repair(VNI_HEADER)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
				+ "Độc lập - Tự do - Hạnh phúc\nỦY BAN NHÂN DÂN XÃ BA TIÊU\nSố: 27/QĐ-UBND\n"
				+ "Quyết định về việc thành lập Tổ công tác ưu tiên");
		// and TCVN3 is still told apart from it
		assertThat(LegacyEncoding.looksLikeVni(TCVN3_HEADER)).isFalse();
		assertThat(LegacyEncoding.encodingOf(TCVN3_HEADER)).isEqualTo("TCVN3");
	}

	@Test
	void everyVniMarkAndLetterMapsToItsVietnameseLetter() {
		String vni = "aù aø aû aõ aï aâ aá aà aå aã aä aê aé aè aú aü aë eá eä oâ oà ôù öï uû yõ í ì æ ó ò î ñ "
				+ "AÙ EÂ EÄ OÅ ÔØ ÖÕ YÏ Í Ì Æ Ó Ò Î Ñ";
		String unicode = "á à ả ã ạ â ấ ầ ẩ ẫ ậ ă ắ ằ ẳ ẵ ặ ế ệ ô ồ ớ ự ủ ỹ í ì ỉ ĩ ị ỵ đ "
				+ "Á Ê Ệ Ổ Ờ Ữ Ỵ Í Ì Ỉ Ĩ Ị Ỵ Đ";
		assertThat(LegacyEncoding.repair(vni)).isEqualTo(unicode);
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
			assertThat(LegacyEncoding.looksLikeVni(f.text())).as(f.name()).isFalse();
			assertThat(LegacyEncoding.repair(f.text())).as(f.name()).isSameAs(f.text());
		}
		String withSymbols = "© 2024 Sở Xây dựng · Điều 5 § 2 × 3 — «Thông báo» số 568/TB-SXD ngày 16/12/2024";
		assertThat(LegacyEncoding.repair(withSymbols)).isSameAs(withSymbols);
		assertThat(LegacyEncoding.repair("")).isEmpty();
		assertThat(LegacyEncoding.repair(null)).isNull();
	}

}
