package vn.vanthu.text;

import java.text.Normalizer;

/**
 * Vietnamese typed before Unicode with the TCVN3 (ABC, TCVN 5712:1993 VN3) fonts such as
 * {@code .VnTime}: the file stores one byte per letter, and a text extractor reads those
 * bytes as Windows-1252 ("Céng hoµ x· héi chñ nghÜa ViÖt Nam"). {@link #repair}
 * recognises such text and maps it back to Unicode; any other text is returned unchanged.
 * <p>
 * TCVN3 has no capital letters with tone marks (they come from the separate
 * {@code .VnTimeH} fonts with the same codes), so a heading typed in capitals comes back
 * in small letters: search folds case anyway.
 * <p>
 * VNI (the {@code VNI-Times} fonts) writes a marked vowel as the vowel followed by a
 * Windows-1252 letter standing for its marks ("Coäng hoøa xaõ hoäi chuû nghóa Vieät
 * Nam"); it is recognised by the letters Vietnamese never uses (ø, û, ï, ä, ñ, ö, …)
 * without TCVN3's symbols, and rebuilt with combining marks, then NFC. Other legacy
 * encodings (VPS, VISCII, BK HCM) are not recognised.
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

	/**
	 * Letters of VNI text that Unicode Vietnamese never contains (TCVN3 uses some of them
	 * too, but always together with its symbols ¡–¾).
	 */
	private static final String VNI_TELLTALE = "øûïåäëüñöæîØÛÏÅÄËÜÑÖÆÎ";

	private static final int TCVN3_SIGN = 1;

	private static final int VNI_SIGN = 2;

	private static final int SYMBOL = 4;

	/**
	 * What each Latin-1 character signals: a TCVN3 telltale, a VNI telltale, one of
	 * TCVN3's symbols ¡–¾ (every signal of either encoding lies below 256).
	 */
	private static final byte[] LATIN1 = new byte[256];

	static {
		for (char c = 0; c < 256; c++) {
			LATIN1[c] = (byte) ((TELLTALE.indexOf(c) >= 0 ? TCVN3_SIGN : 0)
					| (VNI_TELLTALE.indexOf(c) >= 0 ? VNI_SIGN : 0) | ((c >= '\u00A1' && c <= '\u00BE') ? SYMBOL : 0));
		}
	}

	/** VNI letters standing for a letter on their own. */
	private static final String VNI_SINGLE_FROM = "ôÔöÖñÑæÆóÓòÒîÎ";

	private static final String VNI_SINGLE_TO = "ơƠưƯđĐỉỈĩĨịỊỵỴ";

	/** VNI letters standing for the marks of the vowel before them. */
	private static final String VNI_MARK_FROM = "ùøûõïâáàåãäêéèúüë";

	private static final String[] VNI_MARKS = { "\u0301", "\u0300", "\u0309", "\u0303", "\u0323", "\u0302",
			"\u0302\u0301", "\u0302\u0300", "\u0302\u0309", "\u0302\u0303", "\u0302\u0323", "\u0306", "\u0306\u0301",
			"\u0306\u0300", "\u0306\u0309", "\u0306\u0303", "\u0306\u0323" };

	private LegacyEncoding() {
	}

	/** The legacy encoding the text was typed in ("TCVN3" or "VNI"), or {@code null}. */
	public static String encodingOf(String text) {
		return text == null ? null : Signs.of(text).encoding();
	}

	/** Whether the text reads as VNI taken for Windows-1252. */
	public static boolean looksLikeVni(String text) {
		return text != null && Signs.of(text).vni();
	}

	/** Whether the text reads as TCVN3 taken for Windows-1252. */
	public static boolean looksLikeTcvn3(String text) {
		return text != null && Signs.of(text).tcvn3();
	}

	/**
	 * What one pass over a text counts to recognise either encoding: its letters, the
	 * telltales of each, TCVN3's symbols ¡–¾, and the letters only Unicode Vietnamese
	 * has.
	 */
	private record Signs(int letters, int tcvn3Telltales, int vniTelltales, int symbols, int vietnamese) {

		static Signs of(String text) {
			int letters = 0;
			int tcvn3 = 0;
			int vni = 0;
			int symbols = 0;
			int vietnamese = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c < 128) {
					// most of any text: one comparison instead of the general look-ups
					letters += ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? 1 : 0;
				}
				else if (c < 256) {
					int kind = LATIN1[c];
					letters += Character.isLetter(c) ? 1 : 0;
					tcvn3 += kind & TCVN3_SIGN;
					vni += (kind & VNI_SIGN) >> 1;
					symbols += (kind & SYMBOL) >> 2;
				}
				else {
					letters += Character.isLetter(c) ? 1 : 0;
					vietnamese += isVietnameseOnly(c) ? 1 : 0;
				}
			}
			return new Signs(letters, tcvn3, vni, symbols, vietnamese);
		}

		boolean vni() {
			// TCVN3 uses some of VNI's letters too, but always with its symbols
			return this.vniTelltales >= 10 && this.vniTelltales * 33 >= this.letters
					&& this.vietnamese * 10 < this.vniTelltales && this.symbols * 20 < this.vniTelltales;
		}

		boolean tcvn3() {
			// a few stray symbols (©, §, ×) occur in any text: TCVN3 has them in every
			// word
			return this.tcvn3Telltales >= 10 && this.tcvn3Telltales * 33 >= this.letters
					&& this.vietnamese * 10 < this.tcvn3Telltales;
		}

		String encoding() {
			return vni() ? "VNI" : tcvn3() ? "TCVN3" : null;
		}

	}

	private static boolean isVietnameseOnly(char c) {
		return (c >= '\u1EA0' && c <= '\u1EF9') || c == 'đ' || c == 'Đ' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư'
				|| c == 'ă' || c == 'Ă';
	}

	/**
	 * The text in Unicode when it is VNI or TCVN3 read as Windows-1252; otherwise the
	 * very same string.
	 */
	public static String repair(String text) {
		String encoding = encodingOf(text);
		if ("VNI".equals(encoding)) {
			return fromVni(text);
		}
		if (encoding == null) {
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

	private static String fromVni(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int single = VNI_SINGLE_FROM.indexOf(c);
			if (single >= 0) {
				out.append(VNI_SINGLE_TO.charAt(single));
				continue;
			}
			int mark = VNI_MARK_FROM.indexOf(Character.toLowerCase(c));
			char before = out.isEmpty() ? ' ' : Character.toLowerCase(out.charAt(out.length() - 1));
			if (mark >= 0 && takes(before, VNI_MARKS[mark].charAt(0))) {
				out.append(VNI_MARKS[mark]);
			}
			else {
				out.append(c);
			}
		}
		return Normalizer.normalize(out, Normalizer.Form.NFC);
	}

	/**
	 * Whether the vowel (lower case) takes the mark: circumflex on a, e, o; breve on a.
	 */
	private static boolean takes(char vowel, char firstMark) {
		return switch (firstMark) {
			case '\u0302' -> vowel == 'a' || vowel == 'e' || vowel == 'o';
			case '\u0306' -> vowel == 'a';
			default -> "aeouyơư".indexOf(vowel) >= 0;
		};
	}

}
