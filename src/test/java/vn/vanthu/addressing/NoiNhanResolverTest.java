package vn.vanthu.addressing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.vanthu.addressing.ResolvedLine.Resolution;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Real Nơi nhận lines (seeds/xa-ba-tieu-du-thao-lan-01-2023.txt and others) resolved. */
class NoiNhanResolverTest {

	private static final LocalDate REFORM_END = LocalDate.of(2025, 6, 30);

	private static final List<Unit> UNITS = List.of(
			unit("TINH-QN", "Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND", null, null),
			unit("TU-QN", "Tỉnh ủy Quảng Ngãi", "TU", null, null),
			unit("HU-BATO", "Huyện ủy Ba Tơ", "HU", "TU-QN", REFORM_END),
			unit("HUYEN-BATO", "Ủy ban nhân dân huyện Ba Tơ", "UBND", "TINH-QN", REFORM_END),
			unit("XA-BATIEU", "Ủy ban nhân dân xã Ba Tiêu", "UBND", "HUYEN-BATO", null),
			unit("XA-BATIEU-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Ba Tiêu", "MTTQ", "XA-BATIEU", null),
			unit("XA-BATIEU-DTN", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Ba Tiêu", "ĐTN", "XA-BATIEU", null),
			unit("XA-BATIEU-HPN", "Hội Liên hiệp Phụ nữ xã Ba Tiêu", "HPN", "XA-BATIEU", null),
			unit("DU-BATIEU", "Đảng ủy xã Ba Tiêu", "ĐU", "HU-BATO", null));

	private static final UnitCode XA = UnitCode.of("XA-BATIEU");

	private static final List<RecipientGroup> GROUPS = List.of(new RecipientGroup(1,
			"Trưởng các ban ngành, đoàn thể xã", codes("XA-BATIEU-MTTQ", "XA-BATIEU-DTN", "XA-BATIEU-HPN")));

	private NoiNhanResolver resolver(Map<String, List<UnitCode>> remembered, LocalDate on) {
		return new NoiNhanResolver(
				new UnitMatcher(UNITS, Map.of(UnitCode.of("XA-BATIEU-MTTQ"), List.of("Mặt trận xã"))), GROUPS,
				remembered, (u) -> UNITS.stream().anyMatch((x) -> x.code().equals(u) && x.isValidOn(on)));
	}

	@Test
	void theCommunesBlockResolvesWithoutCorrection() {
		LocalDate on = LocalDate.of(2023, 8, 7);
		List<ResolvedLine> lines = resolver(Map.of(), on).resolve(
				List.of("- Trưởng các ban ngành, Hội đoàn thể xã;", "- Cán bộ, công chức xã."),
				List.of("- Như trên;", "- TT Đảng ủy xã;", "- CT, PCT UBND xã;", "- Lưu: VT, VP."), XA, on);
		assertThat(lines).extracting(ResolvedLine::how)
			.containsExactly(Resolution.GROUP, Resolution.DIRECTORY, Resolution.AS_ABOVE, Resolution.DIRECTORY,
					Resolution.DIRECTORY, Resolution.ARCHIVE);
		assertThat(lines.get(0).units()).containsExactlyElementsOf(GROUPS.get(0).units());
		assertThat(lines.get(1).units()).containsExactly(XA);
		assertThat(lines.get(2).units()).hasSize(4).contains(XA);
		assertThat(lines.get(3).units()).containsExactly(UnitCode.of("DU-BATIEU"));
		assertThat(lines.get(4).units()).containsExactly(XA);
		assertThat(lines.get(5).units()).isEmpty();
	}

	@Test
	void severalUnitsOnOneLineAndAliases() {
		LocalDate on = LocalDate.of(2025, 6, 16);
		List<ResolvedLine> lines = resolver(Map.of(), on).resolve(List.of(),
				List.of("- Tỉnh ủy, HĐND, UBND, Đoàn ĐBQH, Ủy ban MTTQVN tỉnh Quảng Ngãi;",
						"- Đoàn Thanh niên và Mặt trận xã;", "- VP HĐND&UBND: C, các PCVP, các CV, Web;"),
				XA, on);
		assertThat(lines.get(0).units()).containsExactly(UnitCode.of("TU-QN"), UnitCode.of("TINH-QN"));
		assertThat(lines.get(0).how()).as("HĐND and Đoàn ĐBQH are not in the directory").isEqualTo(Resolution.PARTIAL);
		assertThat(lines.get(1).units()).containsExactly(UnitCode.of("XA-BATIEU-DTN"), UnitCode.of("XA-BATIEU-MTTQ"));
		assertThat(lines.get(2).units()).isEmpty();
	}

	@Test
	void districtUnitsEndedOnTheReformAreNotProposed() {
		LocalDate before = LocalDate.of(2024, 2, 1);
		LocalDate after = LocalDate.of(2025, 9, 1);
		List<String> noiNhan = List.of("- TT. Huyện ủy;", "- UBND huyện;");
		assertThat(resolver(Map.of(), before).resolve(List.of(), noiNhan, XA, before)).extracting(ResolvedLine::units)
			.containsExactly(List.of(UnitCode.of("HU-BATO")), List.of(UnitCode.of("HUYEN-BATO")));
		assertThat(resolver(Map.of(), after).resolve(List.of(), noiNhan, XA, after)).allSatisfy((l) -> {
			assertThat(l.units()).isEmpty();
			assertThat(l.how()).isEqualTo(Resolution.UNMATCHED);
		});
	}

	@Test
	void theClerksEarlierChoiceComesFirst() {
		LocalDate on = LocalDate.of(2024, 2, 1);
		String line = "- Các chi, đảng bộ trực thuộc Huyện uỷ;";
		assertThat(resolver(Map.of(), on).resolve(List.of(), List.of(line), XA, on).get(0).how())
			.isEqualTo(Resolution.UNMATCHED);
		Map<String, List<UnitCode>> remembered = Map.of(NoiNhanResolver.wording("Các chi, đảng bộ trực thuộc Huyện ủy"),
				List.of(UnitCode.of("DU-BATIEU")));
		ResolvedLine again = resolver(remembered, on).resolve(List.of(), List.of(line), XA, on).get(0);
		assertThat(again.how()).isEqualTo(Resolution.REMEMBERED);
		assertThat(again.units()).containsExactly(UnitCode.of("DU-BATIEU"));
	}

	private static List<UnitCode> codes(String... codes) {
		return java.util.Arrays.stream(codes).map(UnitCode::of).toList();
	}

	private static Unit unit(String code, String name, String shortName, String parent, LocalDate validTo) {
		return new Unit(UnitCode.of(code), name, shortName, parent == null ? null : UnitCode.of(parent),
				UnitKind.ORGANISATION, null, validTo, null);
	}

}
