package vn.vanthu.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * What changed between two versions of a draft's text, for a reviewer to read: removed
 * and added lines, words changed within a changed line marked, and runs of unchanged
 * lines folded to the {@value #CONTEXT} lines around each change. Computed with
 * java-diff-utils (Myers) on lines, then on words inside changed lines.
 *
 * @param from the version returned
 * @param to the new version
 * @param lines the lines to show, in order
 */
public record TextChanges(int from, int to, List<Line> lines) {

	static final int CONTEXT = 2;

	private static final Pattern WORD = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

	/** How a line of the comparison reads. */
	public enum Kind {

		SAME, REMOVED, ADDED, FOLDED

	}

	/**
	 * A line of the comparison.
	 *
	 * @param kind same, removed, added, or a fold of unchanged lines
	 * @param parts the line's pieces, changed words marked; for a fold, empty
	 * @param folded how many unchanged lines a fold stands for
	 */
	public record Line(Kind kind, List<Part> parts, int folded) {

	}

	/**
	 * A piece of a line.
	 *
	 * @param text the text
	 * @param changed whether these words were removed (on a removed line) or added (on an
	 * added line)
	 */
	public record Part(String text, boolean changed) {

	}

	/** Whether the two versions' texts differ at all. */
	public boolean changed() {
		return this.lines.stream().anyMatch((l) -> l.kind() == Kind.ADDED || l.kind() == Kind.REMOVED);
	}

	/** Compares two texts ({@code null} reads as empty). */
	public static TextChanges between(int from, String before, int to, String after) {
		List<String> a = lines(before);
		List<String> b = lines(after);
		List<Line> all = new ArrayList<>();
		int i = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
			for (; i < delta.getSource().getPosition(); i++) {
				all.add(plain(Kind.SAME, a.get(i)));
			}
			List<String> removed = delta.getSource().getLines();
			List<String> added = delta.getTarget().getLines();
			if (delta.getType() == DeltaType.CHANGE) {
				all.addAll(paired(removed, added));
			}
			else {
				removed.forEach((s) -> all.add(plain(Kind.REMOVED, s)));
				added.forEach((s) -> all.add(plain(Kind.ADDED, s)));
			}
			i += removed.size();
		}
		for (; i < a.size(); i++) {
			all.add(plain(Kind.SAME, a.get(i)));
		}
		return new TextChanges(from, to, fold(all));
	}

	/**
	 * A block of changed lines: each removed line is paired, in order, with the first
	 * added line that keeps at least half of its words (that line was edited: its changed
	 * words are marked); added lines passed over are new, removed lines without a partner
	 * are gone.
	 */
	private static List<Line> paired(List<String> removed, List<String> added) {
		List<Line> lines = new ArrayList<>();
		int next = 0;
		for (String before : removed) {
			int partner = -1;
			for (int j = next; j < added.size() && partner < 0; j++) {
				if (similarity(before, added.get(j)) >= 0.5) {
					partner = j;
				}
			}
			if (partner < 0) {
				lines.add(plain(Kind.REMOVED, before));
				continue;
			}
			for (; next < partner; next++) {
				lines.add(plain(Kind.ADDED, added.get(next)));
			}
			lines.addAll(words(before, added.get(partner)));
			next = partner + 1;
		}
		for (; next < added.size(); next++) {
			lines.add(plain(Kind.ADDED, added.get(next)));
		}
		return lines;
	}

	/** The share of words two lines have in common, in order (Dice coefficient). */
	private static double similarity(String a, String b) {
		List<String> x = tokens(a).stream().filter((t) -> Character.isLetterOrDigit(t.codePointAt(0))).toList();
		List<String> y = tokens(b).stream().filter((t) -> Character.isLetterOrDigit(t.codePointAt(0))).toList();
		if (x.isEmpty() && y.isEmpty()) {
			return 1;
		}
		int changed = DiffUtils.diff(x, y).getDeltas().stream().mapToInt((d) -> d.getSource().size()).sum();
		return 2.0 * (x.size() - changed) / (x.size() + y.size());
	}

	/** A changed line as its removed and added forms, the differing words marked. */
	private static List<Line> words(String before, String after) {
		List<String> a = tokens(before);
		List<String> b = tokens(after);
		List<Part> old = new ArrayList<>();
		List<Part> neu = new ArrayList<>();
		int i = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
			for (; i < delta.getSource().getPosition(); i++) {
				old.add(new Part(a.get(i), false));
				neu.add(new Part(a.get(i), false));
			}
			old.add(new Part(String.join("", delta.getSource().getLines()), true));
			neu.add(new Part(String.join("", delta.getTarget().getLines()), true));
			i += delta.getSource().size();
		}
		for (; i < a.size(); i++) {
			old.add(new Part(a.get(i), false));
			neu.add(new Part(a.get(i), false));
		}
		return List.of(new Line(Kind.REMOVED, merge(old), 0), new Line(Kind.ADDED, merge(neu), 0));
	}

	private static List<Line> fold(List<Line> all) {
		boolean[] keep = new boolean[all.size()];
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).kind() != Kind.SAME) {
				for (int k = Math.max(0, i - CONTEXT); k <= Math.min(all.size() - 1, i + CONTEXT); k++) {
					keep[k] = true;
				}
			}
		}
		List<Line> shown = new ArrayList<>();
		int run = 0;
		for (int i = 0; i < all.size(); i++) {
			if (keep[i]) {
				if (run > 0) {
					shown.add(new Line(Kind.FOLDED, List.of(), run));
					run = 0;
				}
				shown.add(all.get(i));
			}
			else {
				run++;
			}
		}
		if (run > 0) {
			shown.add(new Line(Kind.FOLDED, List.of(), run));
		}
		return shown;
	}

	private static List<Part> merge(List<Part> parts) {
		List<Part> merged = new ArrayList<>();
		for (Part p : parts) {
			if (p.text().isEmpty()) {
				continue;
			}
			Part last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && last.changed() == p.changed()) {
				merged.set(merged.size() - 1, new Part(last.text() + p.text(), p.changed()));
			}
			else {
				merged.add(p);
			}
		}
		return merged;
	}

	private static Line plain(Kind kind, String text) {
		return new Line(kind, List.of(new Part(text, false)), 0);
	}

	private static List<String> lines(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return text.strip().lines().map(String::stripTrailing).toList();
	}

	private static List<String> tokens(String line) {
		List<String> tokens = new ArrayList<>();
		Matcher m = WORD.matcher(line);
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

}
