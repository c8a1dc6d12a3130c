package vn.vanthu.addressing;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import vn.vanthu.text.FoldedText;
import vn.vanthu.text.VietnameseText;

/**
 * The people named in front of a unit in Nơi nhận and assignments ("CT, PCT UBND xã", "TT
 * Đảng ủy xã", "Bí thư, Phó bí thư TT Huyện ủy", "Công chức Văn phòng"): the document
 * goes to their unit, so the words are dropped before matching.
 */
final class RoleWords {

	/** Folded role words, longest first so that "pho chu tich" wins over "chu tich". */
	private static final List<String> ROLES = List
		.of("thuong truc", "tt", "ban thuong vu", "thuong vu", "btv", "chu tich", "pho chu tich", "cac pho chu tich",
				"ct", "pct", "cac pct", "bi thu", "pho bi thu", "cac pho bi thu", "lanh dao", "cac dong chi",
				"dong chi", "cac d/c", "d/c", "dc", "thanh vien", "cac thanh vien", "giam doc", "pho giam doc",
				"cac pho giam doc", "gd", "pgd", "cac pgd", "thu truong", "cong chuc", "can bo", "chanh van phong",
				"pho chanh van phong", "cvp", "pcvp", "tm", "t/m", "kt", "tl", "doi voi", "de nghi", "yeu cau",
				"tap the", "kinh gui")
		.stream()
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	private static final Pattern SEPARATORS = Pattern.compile("^[\\s,.;:&-]+");

	private RoleWords() {
	}

	/** The text without the role words (and separators) it starts with. */
	static String strip(String text) {
		String rest = VietnameseText.nfc(text).strip();
		boolean again = true;
		while (again && !rest.isEmpty()) {
			again = false;
			FoldedText folded = VietnameseText.foldWithOffsets(rest);
			for (String role : ROLES) {
				String f = folded.text();
				if (f.startsWith(role)
						&& (f.length() == role.length() || !Character.isLetterOrDigit(f.charAt(role.length())))) {
					rest = SEPARATORS.matcher(rest.substring(folded.originalEnd(role.length()))).replaceFirst("");
					again = true;
					break;
				}
			}
		}
		return rest;
	}

}
