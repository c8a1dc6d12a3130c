package vn.vanthu.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.text.VietnameseText;

/**
 * Matches an assignee as written ("Phòng Nội vụ huyện", "Phòng Văn hoá và Thông tin", "Ủy
 * ban MTTQ xã") to a unit of the directory: every word of the assignee (folded,
 * abbreviations expanded) must occur in the unit's name; among the candidates the unit
 * nearest to the directive's issuer wins (a child of the issuer, then a child of its
 * parent…), then the most specific name. No unique best candidate means no match: the
 * clerk picks the unit.
 */
final class UnitMatcher {

	private static final Map<String, String> ABBREVIATIONS = Map.of("ubnd", "uy ban nhan dan", "hdnd",
			"hoi dong nhan dan", "mttq", "mat tran to quoc", "dtn", "doan thanh nien", "hpn", "hoi lien hiep phu nu",
			"vhtt", "van hoa thong tin", "vp", "van phong");

	/** Role words before the unit ("Công chức Văn phòng", "Lãnh đạo Phòng Nội vụ"). */
	private static final List<String> ROLE_PREFIXES = List.of("cong chuc ", "can bo ", "lanh dao ", "thu truong ",
			"doi voi ", "giao ", "de nghi ", "yeu cau ");

	private final List<Unit> units;

	private final Map<UnitCode, Unit> byCode;

	UnitMatcher(List<Unit> units) {
		this.units = List.copyOf(units);
		this.byCode = units.stream().collect(Collectors.toMap(Unit::code, Function.identity(), (a, b) -> a));
	}

	/**
	 * The unit the assignee designates, in the context of the directive's issuer (may be
	 * {@code null}) and date (may be {@code null}: any unit).
	 */
	Optional<UnitCode> match(String assignee, UnitCode issuer, LocalDate on) {
		List<String> wanted = words(stripRoles(assignee));
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		List<String> chain = ancestry(issuer);
		List<Candidate> candidates = new ArrayList<>();
		for (Unit unit : this.units) {
			if (on != null && !unit.isValidOn(on)) {
				continue;
			}
			Set<String> have = new HashSet<>(words(unit.name()));
			if (unit.shortName() != null) {
				have.addAll(words(unit.shortName()));
			}
			if (have.containsAll(wanted)) {
				candidates.add(new Candidate(unit.code(), proximity(unit, chain), have.size() - wanted.size()));
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::proximity).reversed().thenComparingInt(Candidate::extra));
		if (candidates.isEmpty()
				|| (candidates.size() > 1 && candidates.get(0).proximity() == candidates.get(1).proximity()
						&& candidates.get(0).extra() == candidates.get(1).extra())) {
			return Optional.empty();
		}
		return Optional.of(candidates.get(0).code());
	}

	private int proximity(Unit unit, List<String> chain) {
		int asChild = unit.parent() == null ? -1 : chain.indexOf(unit.parent().value());
		if (asChild >= 0) {
			return 20 - 2 * asChild;
		}
		int self = chain.indexOf(unit.code().value());
		return self >= 0 ? 19 - 2 * self : 0;
	}

	private List<String> ancestry(UnitCode issuer) {
		List<String> chain = new ArrayList<>();
		UnitCode at = issuer;
		while (at != null && chain.size() < 10 && !chain.contains(at.value())) {
			chain.add(at.value());
			Unit unit = this.byCode.get(at);
			at = unit == null ? null : unit.parent();
		}
		return chain;
	}

	private static String stripRoles(String assignee) {
		String folded = VietnameseText.fold(assignee).strip();
		for (String prefix : ROLE_PREFIXES) {
			if (folded.startsWith(prefix)) {
				folded = folded.substring(prefix.length());
			}
		}
		return folded;
	}

	static List<String> words(String text) {
		String folded = VietnameseText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
		List<String> out = new ArrayList<>();
		for (String w : folded.split(" ")) {
			if (!w.isEmpty()) {
				out.addAll(Arrays.asList(ABBREVIATIONS.getOrDefault(w, w).split(" ")));
			}
		}
		return out.stream().distinct().toList();
	}

	private record Candidate(UnitCode code, int proximity, int extra) {
	}

}
