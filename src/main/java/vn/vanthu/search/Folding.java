package vn.vanthu.search;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Diacritic folding for the index, done in Java because not every Elasticsearch
 * distribution has {@code asciifolding}. The folded text has exactly the length of its
 * NFC input (a character whose folding would take several characters is kept), so offsets
 * in the folded field are offsets in the original text: the highlighter marks the
 * original words for matches on the folded field.
 */
public final class Folding {

	/**
	 * The folding of every char from U+0080 up to U+2FFF (Latin, combining marks,
	 * punctuation), computed once: asking Lucene's filter char by char costs more than
	 * the rest of building an index entry.
	 */
	private static final char[] TABLE = table(0x3000);

	private Folding() {
	}

	/** "Đường Quyết định" → "Duong Quyet dinh", same length. */
	public static String fold(String nfc) {
		if (nfc == null) {
			return null;
		}
		char[] out = nfc.toCharArray();
		char[] one = null;
		char[] buffer = null;
		for (int i = 0; i < out.length; i++) {
			char c = out[i];
			if (c < 0x80) {
				continue;
			}
			if (c < TABLE.length) {
				out[i] = TABLE[c];
				continue;
			}
			if (one == null) {
				one = new char[1];
				buffer = new char[4];
			}
			out[i] = foldOne(c, one, buffer);
		}
		return new String(out);
	}

	private static char[] table(int size) {
		char[] table = new char[size];
		char[] one = new char[1];
		char[] buffer = new char[4];
		for (char c = 0; c < size; c++) {
			table[c] = c < 0x80 ? c : foldOne(c, one, buffer);
		}
		return table;
	}

	/** A char's one-char folding, or the char itself when it folds to several. */
	private static char foldOne(char c, char[] one, char[] buffer) {
		one[0] = c;
		int n = ASCIIFoldingFilter.foldToASCII(one, 0, buffer, 0, 1);
		return (n == 1) ? buffer[0] : c;
	}

}
