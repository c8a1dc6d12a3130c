package vn.vanthu.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the "Kính gửi" addressees and the "Nơi nhận" distribution list. */
final class RecipientReader {

	private static final Pattern KINH_GUI = Pattern.compile("(?m)^[ ]{0,20}(?:Kính gửi|KÍNH GỬI|Kính gởi)[ ]{0,3}:?");

	private static final Pattern NOI_NHAN = Pattern.compile("(?m)^[ ]{0,20}(?:Nơi nhận|NƠI NHẬN)[ ]{0,3}:?");

	private RecipientReader() {
	}

	/** The addressees after the first "Kính gửi". */
	static List<String> kinhGui(Lines lines) {
		Matcher k = KINH_GUI.matcher(lines.text());
		int at = firstOf(lines.text(), "Kính gửi", "KÍNH GỬI", "Kính gởi");
		if (at < 0 || !k.find(lines.start(lines.lineAt(at)))) {
			return List.of();
		}
		List<String> result = new ArrayList<>();
		int line = lines.lineAt(k.start());
		String rest = leftColumn(lines.text().substring(k.end(), lines.end(line)));
		if (!rest.isBlank()) {
			result.add(clean(rest));
		}
		int skipped = 0;
		for (int i = line + 1; i < lines.count(); i++) {
			String t = lines.trimmed(i);
			if (t.isEmpty()) {
				continue;
			}
			if (isItem(t)) {
				result.add(clean(t.substring(1)));
			}
			else if (result.isEmpty() && skipped < 4 && t.length() < 120) {
				// Interleaved columns ("ĐẢNG CỘNG SẢN VIỆT NAM", the place-date) or a
				// single addressee.
				if (HeaderReader.isUpper(t) || PlaceDateReader.read(t, t.length()).date() != null) {
					skipped++;
				}
				else {
					result.add(clean(t));
					break;
				}
			}
			else {
				break;
			}
		}
		return result;
	}

	/** The distribution list after the first "Nơi nhận", as written. */
	static List<String> noiNhan(Lines lines) {
		Matcher n = NOI_NHAN.matcher(lines.text());
		int at = firstOf(lines.text(), "Nơi nhận", "NƠI NHẬN");
		if (at < 0 || !n.find(lines.start(lines.lineAt(at)))) {
			return List.of();
		}
		List<String> result = new ArrayList<>();
		int line = lines.lineAt(n.start());
		String rest = leftColumn(lines.text().substring(n.end(), lines.end(line)));
		if (isItem(rest.trim())) {
			result.add(clean(rest.trim().substring(1)));
		}
		for (int i = line + 1; i < lines.count() && result.size() < 60; i++) {
			String t = leftColumn(lines.text().substring(lines.start(i), lines.end(i))).trim();
			if (t.isEmpty()) {
				continue;
			}
			if (isItem(t)) {
				result.add(clean(t.substring(1)));
				if (t.substring(1).trim().startsWith("Lưu")) {
					break;
				}
			}
			else {
				break;
			}
		}
		return result;
	}

	private static boolean isItem(String t) {
		return !t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+' || t.charAt(0) == '•');
	}

	/**
	 * Text converted from two columns puts the right column after a wide gap: drop it.
	 */
	private static String leftColumn(String line) {
		int gap = line.indexOf("    ", Math.min(line.length(), 3));
		String t = line.stripLeading();
		int lead = line.length() - t.length();
		gap = t.indexOf("    ");
		return gap > 0 ? line.substring(0, lead + gap) : line;
	}

	private static String clean(String item) {
		String t = VietnameseText.squash(item);
		// Leftover bullets: "- - Như trên", "-• Lưu".
		while (!t.isEmpty() && "-+•·".indexOf(t.charAt(0)) >= 0) {
			t = t.substring(1).trim();
		}
		while (!t.isEmpty() && ";,.".indexOf(t.charAt(t.length() - 1)) >= 0) {
			t = t.substring(0, t.length() - 1).trim();
		}
		if (t.endsWith("./")) {
			t = t.substring(0, t.length() - 2).trim();
		}
		return t;
	}

	/**
	 * The first offset of any of the words, or -1 (a literal search is much cheaper than
	 * a scan).
	 */
	static int firstOf(String text, String... words) {
		int best = -1;
		for (String word : words) {
			int at = text.indexOf(word);
			if (at >= 0 && (best < 0 || at < best)) {
				best = at;
			}
		}
		return best;
	}

}
