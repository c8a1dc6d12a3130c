package vn.vanthu.text;

import java.util.Arrays;

/** The lines of a text prepared for matching, with their offsets. */
final class Lines {

	private final String text;

	private final int[] starts;

	private final int[] ends;

	private final int count;

	Lines(String text) {
		this.text = text;
		// String.indexOf(char) is vectorised: much faster than a charAt loop.
		int n = 1;
		for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
			n++;
		}
		this.starts = new int[n];
		this.ends = new int[n];
		int line = 0;
		int start = 0;
		for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
			this.starts[line] = start;
			this.ends[line] = i;
			line++;
			start = i + 1;
		}
		this.starts[line] = start;
		this.ends[line] = text.length();
		this.count = n;
	}

	String text() {
		return this.text;
	}

	int count() {
		return this.count;
	}

	int start(int line) {
		return this.starts[line];
	}

	int end(int line) {
		return this.ends[line];
	}

	/** Offset of the first non-space character of the line (its end when blank). */
	int contentStart(int line) {
		int i = this.starts[line];
		while (i < this.ends[line] && Character.isWhitespace(this.text.charAt(i))) {
			i++;
		}
		return i;
	}

	/** Offset after the last non-space character of the line. */
	int contentEnd(int line) {
		int i = this.ends[line];
		while (i > this.starts[line] && Character.isWhitespace(this.text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	String trimmed(int line) {
		int s = contentStart(line);
		int e = contentEnd(line);
		return s >= e ? "" : this.text.substring(s, e);
	}

	boolean isBlank(int line) {
		return contentStart(line) >= this.ends[line];
	}

	/** The line holding an offset. */
	int lineAt(int offset) {
		int i = Arrays.binarySearch(this.starts, 0, this.count, offset);
		return i >= 0 ? i : Math.max(0, -i - 2);
	}

	/** The next non-blank line at or after {@code line}, or -1. */
	int nextNonBlank(int line) {
		for (int i = line; i < this.count; i++) {
			if (!isBlank(i)) {
				return i;
			}
		}
		return -1;
	}

}
