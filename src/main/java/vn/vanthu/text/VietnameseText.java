package vn.vanthu.text;

import java.text.Normalizer;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Unicode normalisation and diacritic folding for Vietnamese text.
 *
 * <p>
 * All methods are pure, thread-safe and accept {@code null} (treated as the empty
 * string). Text from Tika and from Word is often in NFD or mixes precomposed and
 * combining marks, so every reader in this package works on {@link #nfc(String) NFC} text
 * and reports offsets into it.
 */
public final class VietnameseText {

	/**
	 * Single-character folds for the Basic Multilingual Plane, filled lazily (0 = not yet
	 * known).
	 */
	private static final char[] FOLD_CACHE = new char[65536];

	private static final char MULTI = '\uFFFF';

	private VietnameseText() {
	}

	/** Returns the text in Unicode NFC (precomposed) form; cheap when it already is. */
	public static String nfc(String text) {
		if (text == null) {
			return "";
		}
		if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
			return text;
		}
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * Folds text for matching: NFC, then marks removed, đ/Đ to d, lower case. "Quyết định
	 * số 673/QĐ-UBND" becomes "quyet dinh so 673/qd-ubnd".
	 */
	public static String fold(String text) {
		return foldWithOffsets(text).text();
	}

	/**
	 * Folds the NFC form of the text like {@link #fold(String)} and keeps, for every
	 * folded character, the offset of the NFC character it came from.
	 */
	public static FoldedText foldWithOffsets(String text) {
		String source = nfc(text);
		StringBuilder out = new StringBuilder(source.length());
		int[] map = new int[source.length() + 1];
		int n = 0;
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			char f = foldChar(c);
			if (f != MULTI) {
				if (f != 0) {
					map = ensure(map, n + 1);
					out.append(f);
					map[n++] = i;
				}
				continue;
			}
			// Rare: surrogate pairs and letters folding to several characters (æ → ae).
			int cp = source.codePointAt(i);
			int len = Character.charCount(cp);
			String folded = foldSlow(source.substring(i, i + len));
			for (int k = 0; k < folded.length(); k++) {
				map = ensure(map, n + 1);
				out.append(folded.charAt(k));
				map[n++] = i;
			}
			i += len - 1;
		}
		map = ensure(map, n + 1);
		map[n] = source.length();
		int[] exact = new int[n + 1];
		System.arraycopy(map, 0, exact, 0, n + 1);
		return new FoldedText(source, out.toString(), exact);
	}

	/**
	 * Returns a same-length copy of NFC text prepared for pattern matching: dash variants
	 * (–, —, ‐, ‑, −) become '-', non-breaking and other spaces, tabs, carriage returns
	 * and zero-width characters become ' ', and markdown emphasis '*' and '_' become ' '.
	 * Because the length is unchanged, offsets found in the result are offsets in the
	 * input.
	 */
	public static String forMatching(String nfcText) {
		if (nfcText == null) {
			return "";
		}
		int n = nfcText.length();
		int first = 0;
		while (first < n && !needsMatchingChange(nfcText.charAt(first))) {
			first++;
		}
		if (first == n) {
			// Nothing to replace (the usual case): no copy.
			return nfcText;
		}
		char[] chars = nfcText.toCharArray();
		for (int i = first; i < n; i++) {
			char c = chars[i];
			if (needsMatchingChange(c)) {
				chars[i] = matchingChar(c);
			}
		}
		return new String(chars);
	}

	/**
	 * Cheap test whether {@link #matchingChar(char)} may change the character: every
	 * character it replaces is a control character, '*', U+0085, U+00A0, U+00AD or at
	 * least U+2000.
	 */
	private static boolean needsMatchingChange(char c) {
		if (c >= ' ' && c < '\u2000') {
			return c == '*' || c == '\u0085' || c == '\u00A0' || c == '\u00AD';
		}
		return matchingChar(c) != c;
	}

	/** The replacement used by {@link #forMatching(String)} for one character. */
	static char matchingChar(char c) {
		switch (c) {
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' -> {
				return '-';
			}
			case '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009', '\u200A', '\u3000', '\t', '\r', '\f',
					'\u000B', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', '*' -> {
				return ' ';
			}
			case '\u2028', '\u2029', '\u0085' -> {
				return '\n';
			}
			case '\uFF0F', '\u2044', '\u2215' -> {
				return '/';
			}
			default -> {
				return c;
			}
		}
	}

	/** Collapses runs of whitespace to one space and trims. */
	public static String squash(CharSequence text) {
		if (text instanceof String s && isSquashed(s)) {
			return s;
		}
		int n = text.length();
		char[] out = new char[n];
		int k = 0;
		boolean space = false;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (isSquashedSpace(c)) {
				space = k > 0;
			}
			else {
				if (space) {
					out[k++] = ' ';
					space = false;
				}
				out[k++] = c;
			}
		}
		return new String(out, 0, k);
	}

	/** The characters {@link #squash(CharSequence)} treats as spaces. */
	private static boolean isSquashedSpace(char c) {
		if (c == ' ') {
			return true;
		}
		if (c < ' ' || c >= 128) {
			return Character.isWhitespace(c) || c == '\u00A0';
		}
		return c == '*';
	}

	/** Whether {@link #squash(CharSequence)} would return the text unchanged. */
	private static boolean isSquashed(String s) {
		int n = s.length();
		if (n == 0) {
			return true;
		}
		boolean previousSpace = true;
		for (int i = 0; i < n; i++) {
			char c = s.charAt(i);
			if (c > ' ' && c != '*' && c != '\u00A0' && (c < 128 || !Character.isWhitespace(c))) {
				previousSpace = false;
			}
			else if (c == ' ' && !previousSpace) {
				previousSpace = true;
			}
			else {
				return false;
			}
		}
		return !previousSpace;
	}

	/**
	 * The folded form of one BMP character: a single char, 0 for a dropped combining
	 * mark, or {@link #MULTI} when the character needs the slow path.
	 */
	private static char foldChar(char c) {
		if (c < 128) {
			return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
		}
		if (Character.isSurrogate(c)) {
			return MULTI;
		}
		char cached = FOLD_CACHE[c];
		if (cached != 0) {
			return cached == '\uFFFE' ? 0 : cached;
		}
		String folded = foldSlow(String.valueOf(c));
		char result;
		if (folded.isEmpty()) {
			result = 0;
		}
		else if (folded.length() == 1) {
			result = folded.charAt(0);
		}
		else {
			result = MULTI;
		}
		// Benign race: every thread computes the same value.
		FOLD_CACHE[c] = result == 0 ? '\uFFFE' : result;
		return result;
	}

	private static String foldSlow(String s) {
		String lower = s.toLowerCase(java.util.Locale.ROOT);
		char[] in = lower.toCharArray();
		char[] out = new char[in.length * 4 + 4];
		int len = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
		String ascii = new String(out, 0, len);
		if (ascii.equals(lower)) {
			// Not handled by Lucene: strip combining marks the JDK way.
			String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
			StringBuilder sb = new StringBuilder(d.length());
			for (int i = 0; i < d.length(); i++) {
				char c = d.charAt(i);
				if (Character.getType(c) != Character.NON_SPACING_MARK) {
					sb.append(c);
				}
			}
			return sb.toString();
		}
		return ascii.toLowerCase(java.util.Locale.ROOT);
	}

	private static int[] ensure(int[] map, int size) {
		if (size < map.length) {
			return map;
		}
		int[] bigger = new int[Math.max(size + 16, map.length * 2)];
		System.arraycopy(map, 0, bigger, 0, map.length);
		return bigger;
	}

}
