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

	private Folding() {
	}

	/** "Đường Quyết định" → "Duong Quyet dinh", same length. */
	public static String fold(String nfc) {
		if (nfc == null) {
			return null;
		}
		char[] in = nfc.toCharArray();
		char[] out = new char[in.length];
		char[] one = new char[1];
		char[] buffer = new char[4];
		for (int i = 0; i < in.length; i++) {
			char c = in[i];
			if (c < 0x80) {
				out[i] = c;
				continue;
			}
			one[0] = c;
			int n = ASCIIFoldingFilter.foldToASCII(one, 0, buffer, 0, 1);
			out[i] = (n == 1) ? buffer[0] : c;
		}
		return new String(out);
	}

}
