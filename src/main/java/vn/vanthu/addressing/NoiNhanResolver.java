package vn.vanthu.addressing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import vn.vanthu.addressing.ResolvedLine.Resolution;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.text.VietnameseText;

/**
 * Resolves the Kính gửi and Nơi nhận lines of one document to units, in this order per
 * line: "Lưu …" is archive; "Như trên" stands for the Kính gửi lines; the clerk's earlier
 * choice for the same wording by the same issuer; a group of an admin; the whole line as
 * one unit; else the line split at commas, semicolons, "&" and "và", each part a unit or
 * a group (a part without a place takes the place of the last part: "Tỉnh ủy, HĐND, UBND
 * tỉnh Quảng Ngãi"). Only units valid on the issue date are proposed. Pure: the data
 * comes in through the constructor.
 */
public final class NoiNhanResolver {

	private static final Pattern SPLIT = Pattern.compile("\\s*[,;]\\s*");

	private static final Pattern AND = Pattern.compile("\\s*[&+]\\s*|\\s+(?iu:và)\\s+");

	private static final Pattern PLACE = Pattern.compile("\\b(xa|huyen|tinh|phuong|thi tran|thanh pho|quan)\\b(?! uy)");

	private final UnitMatcher matcher;

	private final List<RecipientGroup> groups;

	private final Map<String, List<UnitCode>> remembered;

	private final Predicate<UnitCode> valid;

	/**
	 * @param matcher the units with their aliases
	 * @param groups the admin's groups
	 * @param remembered the issuer's earlier choices by {@link #wording(String) wording}
	 * @param valid whether a unit may receive on the issue date
	 */
	public NoiNhanResolver(UnitMatcher matcher, List<RecipientGroup> groups, Map<String, List<UnitCode>> remembered,
			Predicate<UnitCode> valid) {
		this.matcher = matcher;
		this.groups = List.copyOf(groups);
		this.remembered = Map.copyOf(remembered);
		this.valid = valid;
	}

	/** The key under which a clerk's choice for a line is remembered. */
	public static String wording(String line) {
		return Abbreviations.key(clean(line));
	}

	/**
	 * The line without bullet, parenthetical notes ("(b/cáo)", "(2)") and final
	 * punctuation.
	 */
	public static String clean(String line) {
		String s = VietnameseText.nfc(line).strip();
		s = s.replaceAll("^[-+•*|\\s]+", "").replaceAll("\\([^)]*\\)", " ").replaceAll("[|*_]", " ");
		return s.replaceAll("\\s+", " ").replaceAll("[;.,:\\s]+$", "").strip();
	}

	/** The Kính gửi lines then the Nơi nhận lines, resolved; blank lines dropped. */
	public List<ResolvedLine> resolve(List<String> kinhGui, List<String> noiNhan, UnitCode issuer, LocalDate on) {
		List<ResolvedLine> above = new ArrayList<>();
		for (String line : kinhGui) {
			if (!clean(line).isEmpty()) {
				above.add(line(clean(line), true, List.of(), issuer, on));
			}
		}
		List<ResolvedLine> out = new ArrayList<>(above);
		for (String line : noiNhan) {
			if (!clean(line).isEmpty()) {
				out.add(line(clean(line), false, above, issuer, on));
			}
		}
		return out;
	}

	private ResolvedLine line(String label, boolean kinhGui, List<ResolvedLine> above, UnitCode issuer, LocalDate on) {
		String key = Abbreviations.key(label);
		if (key.startsWith("luu ") || key.equals("luu")) {
			return new ResolvedLine(label, Resolution.ARCHIVE, List.of(), kinhGui);
		}
		if (key.startsWith("nhu tren") && !above.isEmpty()) {
			Set<UnitCode> units = new LinkedHashSet<>();
			above.forEach((l) -> units.addAll(l.units()));
			boolean all = above.stream().allMatch(ResolvedLine::settled);
			return new ResolvedLine(label, all ? Resolution.AS_ABOVE : Resolution.PARTIAL, List.copyOf(units), kinhGui);
		}
		List<UnitCode> earlier = this.remembered.getOrDefault(key, List.of()).stream().filter(this.valid).toList();
		if (!earlier.isEmpty()) {
			return new ResolvedLine(label, Resolution.REMEMBERED, earlier, kinhGui);
		}
		Optional<List<UnitCode>> group = group(key);
		if (group.isPresent()) {
			return new ResolvedLine(label, Resolution.GROUP, group.get(), kinhGui);
		}
		int colon = label.indexOf(':');
		String body = colon > 0 ? label.substring(0, colon) : label;
		Optional<UnitCode> whole = this.matcher.match(body, issuer, on);
		if (whole.isPresent()) {
			return new ResolvedLine(label, Resolution.DIRECTORY, List.of(whole.get()), kinhGui);
		}
		return parts(label, body, kinhGui, issuer, on);
	}

	private ResolvedLine parts(String label, String body, boolean kinhGui, UnitCode issuer, LocalDate on) {
		List<String> parts = new ArrayList<>();
		for (String part : SPLIT.split(body)) {
			String p = RoleWords.strip(part);
			if (!Abbreviations.words(p).isEmpty()) {
				parts.add(p);
			}
		}
		if (parts.isEmpty()) {
			return new ResolvedLine(label, Resolution.UNMATCHED, List.of(), kinhGui);
		}
		String place = place(parts.get(parts.size() - 1));
		Set<UnitCode> found = new LinkedHashSet<>();
		int missed = 0;
		for (String part : parts) {
			String written = (place != null && place(part) == null) ? part + " " + placeFor(part, place) : part;
			List<UnitCode> units = unitsOf(written, issuer, on);
			if (units.isEmpty()) {
				// "Đoàn Thanh niên và Hội Phụ nữ xã", but not "VP HĐND&UBND": every side
				// must be a unit
				List<List<UnitCode>> sides = AND.splitAsStream(written).map((w) -> unitsOf(w, issuer, on)).toList();
				if (sides.size() > 1 && sides.stream().noneMatch(List::isEmpty)) {
					units = sides.stream().flatMap(List::stream).toList();
				}
			}
			found.addAll(units);
			missed += units.isEmpty() ? 1 : 0;
		}
		Resolution how = found.isEmpty() ? Resolution.UNMATCHED
				: (missed == 0 ? Resolution.DIRECTORY : Resolution.PARTIAL);
		return new ResolvedLine(label, how, List.copyOf(found), kinhGui);
	}

	private List<UnitCode> unitsOf(String written, UnitCode issuer, LocalDate on) {
		Optional<List<UnitCode>> group = group(Abbreviations.key(written));
		if (group.isPresent()) {
			return group.get();
		}
		return this.matcher.match(written, issuer, on).map(List::of).orElse(List.of());
	}

	/**
	 * "Tỉnh ủy" takes "Quảng Ngãi" of "tỉnh Quảng Ngãi": its kind of place is in its
	 * name.
	 */
	private static String placeFor(String part, String place) {
		boolean party = Abbreviations.words(part).stream().anyMatch(Abbreviations.PARTY_COMMITTEES::contains);
		return party ? place.replaceFirst("^\\S+\\s*", "") : place;
	}

	/** "xã", "tỉnh Quảng Ngãi": the place a part ends with, as written (folded). */
	private static String place(String part) {
		String folded = VietnameseText.fold(part);
		java.util.regex.Matcher m = PLACE.matcher(folded);
		return m.find() ? folded.substring(m.start()) : null;
	}

	/** The group whose wording is the key, or whose every word the key contains. */
	private Optional<List<UnitCode>> group(String key) {
		Set<String> words = new java.util.HashSet<>(List.of(key.split(" ")));
		RecipientGroup best = null;
		for (RecipientGroup g : this.groups) {
			String name = Abbreviations.key(g.name());
			List<String> need = List.of(name.split(" "));
			boolean fits = name.equals(key) || (need.size() >= 3 && words.containsAll(need));
			if (fits && (best == null || need.size() > Abbreviations.key(best.name()).split(" ").length)) {
				best = g;
			}
		}
		return Optional.ofNullable(best).map((g) -> g.units().stream().filter(this.valid).toList());
	}

}
