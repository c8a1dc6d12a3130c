package vn.vanthu.bench;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitKind;
import vn.vanthu.text.VietnameseText;

/**
 * The Nơi nhận matcher of dissemination as it was at main dd1306c (before ADR 0017), kept
 * verbatim for {@link NoiNhanBench}'s "before" figure. Matches a line of Kính gửi / Nơi
 * nhận ("- Đoàn Thanh niên xã;") to a unit: every word of the line, folded, must appear
 * in the unit's folded name or be its short name; among several, the one sharing the
 * sender's parent (a sibling or the sender's own parent) or being its child wins, then
 * the shortest name. "Lưu" lines are not recipients.
 */
final class BeforeRecipientMatcher {

	private static final Set<String> NOISE = Set.of("", "cac", "dong", "chi", "kinh", "gui", "nhu", "tren", "de", "b/c",
			"bc", "t/h", "th", "va", "ong", "ba");

	private BeforeRecipientMatcher() {
	}

	static boolean isFileCopy(String line) {
		String f = fold(line);
		return f.startsWith("luu") || f.startsWith("noi nhan");
	}

	static String clean(String line) {
		String s = VietnameseText.nfc(line).strip();
		s = s.replaceAll("^[-+•*\\s]+", "").replaceAll("[;.,:\\s]+$", "");
		return s.replaceAll("\\s*\\((để|de)?\\s*[^)]*\\)\\s*$", "").strip();
	}

	static Optional<Unit> match(String line, List<Unit> units, Unit sender) {
		Set<String> words = words(clean(line));
		if (words.isEmpty()) {
			return Optional.empty();
		}
		return units.stream().filter((u) -> u.kind() != UnitKind.EXTERNAL || true).filter((u) -> {
			Set<String> name = words(u.name());
			if (u.shortName() != null) {
				name.add(fold(u.shortName()));
			}
			return name.containsAll(words);
		})
			.min(java.util.Comparator.comparingInt((Unit u) -> closeness(u, sender))
				.thenComparingInt((u) -> u.name().length()));
	}

	private static int closeness(Unit u, Unit sender) {
		if (sender == null) {
			return 3;
		}
		if (u.code().equals(sender.code())) {
			return 2;
		}
		boolean sibling = u.parent() != null && u.parent().equals(sender.parent());
		boolean child = sender.code().equals(u.parent());
		boolean parent = u.code().equals(sender.parent());
		return (sibling || child || parent) ? 0 : 1;
	}

	private static Set<String> words(String s) {
		return Arrays.stream(fold(s).split("[\\s,;:()]+"))
			.filter((w) -> !NOISE.contains(w))
			.collect(Collectors.toCollection(HashSet::new));
	}

	private static String fold(String s) {
		return VietnameseText.fold(VietnameseText.nfc(s)).toLowerCase(Locale.ROOT).strip();
	}

}
