package vn.vanthu.addressing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.vanthu.text.VietnameseText;

/**
 * The abbreviations of administrative writing (UBND, HĐND, UBMTTQ, ĐTN, VP…), expanded to
 * the words of unit names. Only tokens written in capitals are expanded, so that "Tư
 * pháp" stays itself while "TU" is the Tỉnh ủy.
 */
final class Abbreviations {

	private static final Map<String, String> EXPANSIONS = Map.ofEntries(Map.entry("ubnd", "uy ban nhan dan"),
			Map.entry("hdnd", "hoi dong nhan dan"), Map.entry("ub", "uy ban"), Map.entry("mttq", "mat tran to quoc"),
			Map.entry("ubmttq", "uy ban mat tran to quoc"), Map.entry("mttqvn", "mat tran to quoc viet nam"),
			Map.entry("ubmttqvn", "uy ban mat tran to quoc viet nam"), Map.entry("dtn", "doan thanh nien"),
			Map.entry("hpn", "hoi phu nu"), Map.entry("hlhpn", "hoi lien hiep phu nu"),
			Map.entry("hnd", "hoi nong dan"), Map.entry("ccb", "cuu chien binh"),
			Map.entry("hccb", "hoi cuu chien binh"), Map.entry("vhtt", "van hoa thong tin"),
			Map.entry("vp", "van phong"), Map.entry("vpub", "van phong uy ban nhan dan"), Map.entry("du", "dang uy"),
			Map.entry("hu", "huyen uy"), Map.entry("tu", "tinh uy"), Map.entry("ca", "cong an"),
			Map.entry("bchqs", "ban chi huy quan su"), Map.entry("qs", "quan su"), Map.entry("tp", "thanh pho"),
			Map.entry("tx", "thi xa"), Map.entry("tnmt", "tai nguyen moi truong"),
			Map.entry("tckh", "tai chinh ke hoach"), Map.entry("gddt", "giao duc dao tao"),
			Map.entry("ldtbxh", "lao dong thuong binh xa hoi"), Map.entry("snv", "so noi vu"),
			Map.entry("sxd", "so xay dung"), Map.entry("pnv", "phong noi vu"));

	/** Kinds of place, after which a unit's name says which one ("xã Ba Tiêu"). */
	static final java.util.Set<String> PLACES = java.util.Set.of("xa", "huyen", "tinh", "phuong", "quan", "thixa",
			"thitran", "thanhpho");

	/** "Tỉnh ủy", "Đảng ủy"…, one word each, which hold their kind of place. */
	static final java.util.Set<String> PARTY_COMMITTEES = java.util.Set.of("tinhuy", "huyenuy", "danguy", "thanhuy",
			"quanuy", "thiuy");

	private static final java.util.regex.Pattern COMPOUNDS = java.util.regex.Pattern
		.compile("\\b(huyen|tinh|dang|thanh|quan|thi) uy\\b|\\buy ban\\b|\\bthi (xa|tran)\\b|\\bthanh pho\\b");

	private Abbreviations() {
	}

	/** The folded words of the text, capitalised abbreviations expanded, each once. */
	static List<String> words(String text) {
		StringBuilder expanded = new StringBuilder();
		for (String token : VietnameseText.nfc(text).split("[^\\p{L}\\p{N}]+")) {
			if (token.isEmpty()) {
				continue;
			}
			String folded = VietnameseText.fold(token);
			boolean capitals = token.length() > 1 && token.equals(token.toUpperCase(Locale.ROOT));
			expanded.append(' ').append(capitals ? EXPANSIONS.getOrDefault(folded, folded) : folded);
		}
		// "Huyện ủy" is not "Ủy ban nhân dân huyện": compounds are one word
		String joined = COMPOUNDS.matcher(expanded).replaceAll((m) -> m.group().replace(" ", ""));
		List<String> out = new ArrayList<>();
		for (String w : joined.strip().split(" ")) {
			if (!w.isEmpty() && !out.contains(w)) {
				out.add(w);
			}
		}
		return out;
	}

	/** The wording as a key: folded, punctuation and spacing reduced to single spaces. */
	static String key(String text) {
		return VietnameseText.fold(VietnameseText.nfc(text)).replaceAll("[^a-z0-9]+", " ").strip();
	}

}
