package vn.vanthu.addressing;

import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * Matches a unit as written ("Phòng Nội vụ huyện", "TT Đảng ủy xã", "CT, PCT UBND xã",
 * "Ủy ban MTTQ xã") to one unit of the directory: role words in front are dropped
 * ({@link RoleWords}), abbreviations written in capitals are expanded
 * ({@link Abbreviations}), and every remaining word must occur in the unit's name, short
 * name or one of its aliases. Among the candidates the unit nearest to the issuer wins (a
 * child of the issuer, then a child of its parent…), then the most specific name. No
 * unique best candidate, or a plural ("các xã"), means no match: the clerk picks.
 */
public final class UnitMatcher {

	private final List<Unit> units;

	private final Map<UnitCode, Unit> byCode;

	private final Map<UnitCode, List<String>> aliases;

	/** A matcher over the units, without aliases. */
	public UnitMatcher(List<Unit> units) {
		this(units, Map.of());
	}

	/** A matcher over the units and the aliases an admin gave them. */
	public UnitMatcher(List<Unit> units, Map<UnitCode, List<String>> aliases) {
		this.units = List.copyOf(units);
		this.byCode = units.stream().collect(Collectors.toMap(Unit::code, Function.identity(), (a, b) -> a));
		this.aliases = Map.copyOf(aliases);
	}

	/**
	 * The unit the wording designates, in the context of the issuer (may be {@code null})
	 * and date (may be {@code null}: any unit).
	 */
	public Optional<UnitCode> match(String written, UnitCode issuer, LocalDate on) {
		String stripped = RoleWords.strip(written);
		List<String> wanted = Abbreviations.words(stripped);
		if (wanted.isEmpty() || wanted.contains("cac") || wanted.contains("nhung")) {
			return Optional.empty();
		}
		String key = Abbreviations.key(stripped);
		List<String> chain = ancestry(issuer);
		if (Abbreviations.PLACES.containsAll(wanted)) {
			return ownLevel(wanted, chain, on);
		}
		boolean knownIssuer = issuer != null && this.byCode.containsKey(issuer);
		List<Candidate> candidates = new ArrayList<>();
		for (Unit unit : this.units) {
			if (on != null && !unit.isValidOn(on)) {
				continue;
			}
			List<String> named = this.aliases.getOrDefault(unit.code(), List.of());
			if (named.stream().anyMatch((a) -> Abbreviations.key(a).equals(key))) {
				candidates.add(new Candidate(unit.code(), 100, 0));
				continue;
			}
			Set<String> have = new HashSet<>(Abbreviations.words(unit.name()));
			if (unit.shortName() != null) {
				have.addAll(Abbreviations.words(unit.shortName()));
			}
			boolean byAlias = named.stream().anyMatch((a) -> Abbreviations.words(a).containsAll(wanted));
			if (!knownIssuer && !byAlias && !namesItsPlace(unit, wanted)) {
				// without an issuer "UBND tỉnh" may be any province's: the place must be
				// named
				continue;
			}
			if (have.containsAll(wanted) || byAlias) {
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

	/** Child of the issuer 20, the issuer 19, child of its parent 18, its parent 17… */
	private int proximity(Unit unit, List<String> chain) {
		int asChild = unit.parent() == null ? -1 : chain.indexOf(unit.parent().value());
		int self = chain.indexOf(unit.code().value());
		return Math.max(asChild >= 0 ? 20 - 2 * asChild : 0, self >= 0 ? 19 - 2 * self : 0);
	}

	/**
	 * "Cán bộ, công chức xã": only a kind of place is left, which means the issuer's own
	 * level: the nearest unit of the issuer's ancestry whose name has that place.
	 */
	private Optional<UnitCode> ownLevel(List<String> wanted, List<String> chain, LocalDate on) {
		for (String code : chain) {
			Unit unit = this.byCode.get(UnitCode.of(code));
			if (unit != null && (on == null || unit.isValidOn(on))
					&& Abbreviations.words(unit.name()).containsAll(wanted)) {
				return Optional.of(unit.code());
			}
		}
		return Optional.empty();
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

	/** Whether the words name the unit's place ("Quảng Ngãi" of "Tỉnh ủy Quảng Ngãi"). */
	private static boolean namesItsPlace(Unit unit, List<String> wanted) {
		List<String> words = Abbreviations.words(unit.name());
		int at = -1;
		for (int i = 0; i < words.size(); i++) {
			if (Abbreviations.PLACES.contains(words.get(i)) || Abbreviations.PARTY_COMMITTEES.contains(words.get(i))) {
				at = i;
				break;
			}
		}
		List<String> place = at < 0 ? List.of() : words.subList(at + 1, words.size());
		return place.isEmpty() || place.stream().anyMatch(wanted::contains);
	}

	private record Candidate(UnitCode code, int proximity, int extra) {
	}

}
