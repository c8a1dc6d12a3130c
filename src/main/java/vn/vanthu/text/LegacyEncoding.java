package vn.vanthu.text;

/**
 * Vietnamese typed before Unicode with the TCVN3 (ABC, TCVN 5712:1993 VN3) fonts such as
 * {@code .VnTime}: the file stores one byte per letter, and a text extractor reads those
 * bytes as Windows-1252 ("Céng hoµ x· héi chñ nghÜa ViÖt Nam"). {@link #repair}
 * recognises such text and maps it back to Unicode; any other text is returned unchanged.
 * <p>
 * TCVN3 has no capital letters with tone marks (they come from the separate
 * {@code .VnTimeH} fonts with the same codes), so a heading typed in capitals comes back
 * in small letters: search folds case anyway. VNI and other legacy encodings are not
 * recognised.
 */
public final class LegacyEncoding {

	/** TCVN3 codes 0xA1–0xFE (as Windows-1252 characters) to Unicode; 0 = unchanged. */
	private static final char[] TCVN3 = new char[256];

	/**
	 * Characters that TCVN3 text is full of and Unicode Vietnamese never contains: the
	 * signal for recognising it.
	 */
	private static final String TELLTALE = "µ¶·¸¹»¼½¾ÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïñö÷øûüþ¨©ª«¬®§¡¢£¤¥¦";

	static {
		String from = "¡¢£¤¥¦§¨©ª«¬\u00AD®" + "µ¶·¸¹" + "»¼½¾Æ" + "ÇÈÉÊË" + "ÌÎÏÐÑ" + "ÒÓÔÕÖ" + "×ØÜÝÞ" + "ßáâãä"
				+ "åæçèé" + "êëìíî" + "ïñòóô" + "õö÷øù" + "úûüýþ";
		String to = "ĂÂÊÔƠƯĐăâêôơưđ" + "àảãáạ" + "ằẳẵắặ" + "ầẩẫấậ" + "èẻẽéẹ" + "ềểễếệ" + "ìỉĩíị" + "òỏõóọ" + "ồổỗốộ"
				+ "ờởỡớợ" + "ùủũúụ" + "ừửữứự" + "ỳỷỹýỵ";
		if (from.length() != to.length()) {
			throw new IllegalStateException("TCVN3 table");
		}
		for (int i = 0; i < from.length(); i++) {
			TCVN3[from.charAt(i)] = to.charAt(i);
		}
	}

	private LegacyEncoding() {
	}

	/** Whether the text reads as TCVN3 taken for Windows-1252. */
	public static boolean looksLikeTcvn3(String text) {
		if (text == null) {
			return false;
		}
		int telltale = 0;
		int vietnamese = 0;
		int letters = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
			}
			if (c < 256 && TELLTALE.indexOf(c) >= 0) {
				telltale++;
			}
			else if ((c >= '\u1EA0' && c <= '\u1EF9') || c == 'đ' || c == 'Đ' || c == 'ơ' || c == 'Ơ' || c == 'ư'
					|| c == 'Ư' || c == 'ă' || c == 'Ă') {
				vietnamese++;
			}
		}
		// a few stray symbols (©, §, ×) occur in any text: TCVN3 has them in every word
		return telltale >= 10 && telltale * 33 >= letters && vietnamese * 10 < telltale;
	}

	/** The text in Unicode when it is TCVN3 read as Windows-1252; otherwise the text. */
	public static String repair(String text) {
		if (!looksLikeTcvn3(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char mapped = c < 256 ? TCVN3[c] : 0;
			out.append(mapped != 0 ? mapped : c);
		}
		return out.toString();
	}

}
