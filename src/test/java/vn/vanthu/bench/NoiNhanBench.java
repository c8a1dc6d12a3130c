package vn.vanthu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.vanthu.addressing.NoiNhanResolver;
import vn.vanthu.addressing.RecipientGroup;
import vn.vanthu.addressing.ResolvedLine;
import vn.vanthu.addressing.UnitMatcher;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.UnitKind;

/**
 * Measures Nơi nhận resolution on the blocks of {@code noi-nhan/blocks.txt} (lines of the
 * seeds and of real documents, each with the units a clerk would choose in the demo
 * world): the share of lines whose proposed units need no correction, with the matcher at
 * main before ADR 0017 ({@link BeforeRecipientMatcher}) and with {@link NoiNhanResolver}
 * (the demo world's units and group, no remembered choices: a first document). Run with
 * {@code ./mvnw -o test -Dtest=NoiNhanBenchTests} (prints the table) or as a main class.
 */
public final class NoiNhanBench {

	static final LocalDate REFORM_END = LocalDate.of(2025, 6, 30);

	/** The demo world's units (as DemoWorld creates them) and its group. */
	static final List<Unit> DEMO_UNITS = List.of(
			unit("TINH-QN", "Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND", null, UnitKind.PEOPLES_COMMITTEE, null),
			unit("SXD-QN", "Sở Xây dựng tỉnh Quảng Ngãi", "SXD", "TINH-QN", UnitKind.DEPARTMENT, null),
			unit("SNV-QN", "Sở Nội vụ tỉnh Quảng Ngãi", "SNV", "TINH-QN", UnitKind.DEPARTMENT, null),
			unit("TU-QN", "Tỉnh ủy Quảng Ngãi", "TU", null, UnitKind.PARTY_COMMITTEE, null),
			unit("HU-BATO", "Huyện ủy Ba Tơ", "HU", "TU-QN", UnitKind.PARTY_COMMITTEE, REFORM_END),
			unit("HUYEN-BATO", "Ủy ban nhân dân huyện Ba Tơ", "UBND", "TINH-QN", UnitKind.PEOPLES_COMMITTEE,
					REFORM_END),
			unit("PNV-BATO", "Phòng Nội vụ huyện Ba Tơ", "PNV", "HUYEN-BATO", UnitKind.DEPARTMENT, REFORM_END),
			unit("XA-BATIEU", "Ủy ban nhân dân xã Ba Tiêu", "UBND", "HUYEN-BATO", UnitKind.PEOPLES_COMMITTEE, null),
			unit("XA-BATIEU-VP", "Văn phòng - Thống kê xã Ba Tiêu", "VP", "XA-BATIEU", UnitKind.DEPARTMENT, null),
			unit("XA-BATIEU-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Ba Tiêu", "MTTQ", "XA-BATIEU",
					UnitKind.ORGANISATION, null),
			unit("XA-BATIEU-DTN", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Ba Tiêu", "ĐTN", "XA-BATIEU",
					UnitKind.ORGANISATION, null),
			unit("XA-BATIEU-HPN", "Hội Liên hiệp Phụ nữ xã Ba Tiêu", "HPN", "XA-BATIEU", UnitKind.ORGANISATION, null),
			unit("XA-BATIEU-CA", "Công an xã Ba Tiêu", "CA", "XA-BATIEU", UnitKind.ORGANISATION, null),
			unit("DU-BATIEU", "Đảng ủy xã Ba Tiêu", "ĐU", "HU-BATO", UnitKind.PARTY_COMMITTEE, null),
			unit("HDND-BATIEU", "Hội đồng nhân dân xã Ba Tiêu", "HĐND", null, UnitKind.ORGANISATION, null));

	static final List<RecipientGroup> DEMO_GROUPS = List.of(new RecipientGroup(1, "Trưởng các ban ngành, đoàn thể xã",
			codes("XA-BATIEU-MTTQ XA-BATIEU-DTN XA-BATIEU-HPN XA-BATIEU-CA")));

	private NoiNhanBench() {
	}

	/** One labelled document: issuer (may be null), date, Kính gửi and Nơi nhận lines. */
	record Block(String title, UnitCode issuer, LocalDate on, List<Line> kinhGui, List<Line> noiNhan) {
	}

	/** A line with the clerk's units; {@code archive} for "Lưu". */
	record Line(String text, Set<UnitCode> expected, boolean archive) {
	}

	/** Lines resolved without correction, before and after, of all Nơi nhận lines. */
	record Figures(int lines, int before, int after, int withUnits, int beforeWithUnits, int afterWithUnits,
			List<String> misses) {

		String share(int n, int of) {
			return String.format(java.util.Locale.ROOT, "%d/%d (%.0f %%)", n, of, 100.0 * n / of);
		}

	}

	public static void main(String[] args) {
		Figures f = measure();
		System.out.println("Nơi nhận lines resolved without correction");
		System.out.println("all lines:        before " + f.share(f.before(), f.lines()) + ", after "
				+ f.share(f.after(), f.lines()));
		System.out.println("lines with units: before " + f.share(f.beforeWithUnits(), f.withUnits()) + ", after "
				+ f.share(f.afterWithUnits(), f.withUnits()));
		f.misses().forEach((m) -> System.out.println("  after, needs correction: " + m));
	}

	static Figures measure() {
		int lines = 0;
		int before = 0;
		int after = 0;
		int withUnits = 0;
		int beforeWithUnits = 0;
		int afterWithUnits = 0;
		List<String> misses = new ArrayList<>();
		NoiNhanResolver resolver = new NoiNhanResolver(new UnitMatcher(DEMO_UNITS), DEMO_GROUPS, Map.of(), (u) -> true);
		for (Block b : blocks()) {
			List<ResolvedLine> resolved = resolver.resolve(b.kinhGui().stream().map(Line::text).toList(),
					b.noiNhan().stream().map(Line::text).toList(), b.issuer(), b.on());
			List<ResolvedLine> noiNhan = resolved.stream().filter((r) -> !r.fromKinhGui()).toList();
			for (int i = 0; i < b.noiNhan().size(); i++) {
				Line line = b.noiNhan().get(i);
				boolean old = before(line, b).equals(proposalOf(line));
				boolean now = outcome(noiNhan.get(i)).equals(proposalOf(line));
				lines++;
				before += old ? 1 : 0;
				after += now ? 1 : 0;
				if (!line.expected().isEmpty()) {
					withUnits++;
					beforeWithUnits += old ? 1 : 0;
					afterWithUnits += now ? 1 : 0;
				}
				if (!now) {
					misses.add(line.text() + " -> " + outcome(noiNhan.get(i)) + ", wanted " + proposalOf(line));
				}
			}
		}
		return new Figures(lines, before, after, withUnits, beforeWithUnits, afterWithUnits, misses);
	}

	/** What the clerk wants for the line: "LUU" or the set of unit codes. */
	private static String proposalOf(Line line) {
		return line.archive() ? "LUU" : sorted(line.expected());
	}

	private static String outcome(ResolvedLine r) {
		return r.how() == ResolvedLine.Resolution.ARCHIVE ? "LUU" : sorted(new LinkedHashSet<>(r.units()));
	}

	/**
	 * Main before ADR 0017: "Lưu" lines skipped, every other line matched to one unit or
	 * none.
	 */
	private static String before(Line line, Block b) {
		String clean = BeforeRecipientMatcher.clean(line.text());
		if (BeforeRecipientMatcher.isFileCopy(clean)) {
			return "LUU";
		}
		Unit sender = b.issuer() == null ? null
				: DEMO_UNITS.stream().filter((u) -> u.code().equals(b.issuer())).findFirst().orElse(null);
		Optional<Unit> unit = BeforeRecipientMatcher.match(line.text(), DEMO_UNITS, sender);
		return sorted(unit.map((u) -> Set.of(u.code())).orElse(Set.of()));
	}

	private static String sorted(Set<UnitCode> codes) {
		return codes.stream().map(UnitCode::value).sorted().collect(Collectors.joining(" ", "[", "]"));
	}

	static List<Block> blocks() {
		List<Block> out = new ArrayList<>();
		String title = "";
		for (String raw : read().split("\n")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("#")) {
				title = line.substring(1).strip();
			}
			else if (line.startsWith("== ")) {
				String[] head = line.substring(3).split(" ");
				out.add(new Block(title, head[0].equals("-") ? null : UnitCode.of(head[0]), LocalDate.parse(head[1]),
						new ArrayList<>(), new ArrayList<>()));
			}
			else {
				int arrow = line.lastIndexOf("=>");
				String text = line.substring(2, arrow).strip();
				String want = line.substring(arrow + 2).strip();
				Line l = new Line(text, want.equals("-") || want.equals("LUU") ? Set.of() : Set.copyOf(codes(want)),
						want.equals("LUU"));
				Block b = out.get(out.size() - 1);
				(line.startsWith("K ") ? b.kinhGui() : b.noiNhan()).add(l);
			}
		}
		return out;
	}

	private static String read() {
		try (InputStream in = NoiNhanBench.class.getResourceAsStream("/noi-nhan/blocks.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<UnitCode> codes(String list) {
		return java.util.Arrays.stream(list.split(" ")).map(UnitCode::of).toList();
	}

	private static Unit unit(String code, String name, String shortName, String parent, UnitKind kind,
			LocalDate validTo) {
		return new Unit(UnitCode.of(code), name, shortName, parent == null ? null : UnitCode.of(parent), kind, null,
				validTo, null);
	}

}
