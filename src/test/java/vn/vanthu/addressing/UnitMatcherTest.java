package vn.vanthu.addressing;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Assignees as written are matched to units in the context of the issuer. */
class UnitMatcherTest {

	private static final LocalDate REFORM_END = LocalDate.of(2025, 6, 30);

	private final UnitMatcher matcher = new UnitMatcher(
			List.of(unit("HUYEN-BATO", "Ủy ban nhân dân huyện Ba Tơ", "UBND", "TINH-QN", REFORM_END),
					unit("PNV-BATO", "Phòng Nội vụ huyện Ba Tơ", "PNV", "HUYEN-BATO", REFORM_END),
					unit("HUYEN-SONHA", "Ủy ban nhân dân huyện Sơn Hà", "UBND", "TINH-QN", REFORM_END),
					unit("PNV-SONHA", "Phòng Nội vụ huyện Sơn Hà", "PNV", "HUYEN-SONHA", REFORM_END),
					unit("VHTT-SONHA", "Phòng Văn hóa và Thông tin huyện Sơn Hà", "VHTT", "HUYEN-SONHA", REFORM_END),
					unit("XA-BATIEU", "Ủy ban nhân dân xã Ba Tiêu", "UBND", "HUYEN-BATO", null),
					unit("XA-BATIEU-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Ba Tiêu", "MTTQ", "XA-BATIEU", null),
					unit("XA-BATIEU-VP", "Văn phòng - Thống kê xã Ba Tiêu", "VP", "XA-BATIEU", null)));

	@Test
	void theIssuersOwnDepartmentWins() {
		assertThat(this.matcher.match("Phòng Nội vụ", UnitCode.of("HUYEN-BATO"), null))
			.contains(UnitCode.of("PNV-BATO"));
		assertThat(this.matcher.match("Phòng Nội vụ huyện", UnitCode.of("HUYEN-SONHA"), null))
			.contains(UnitCode.of("PNV-SONHA"));
	}

	@Test
	void spellingsAbbreviationsAndRolesFold() {
		assertThat(this.matcher.match("Phòng Văn hoá và Thông tin", UnitCode.of("HUYEN-SONHA"), null))
			.contains(UnitCode.of("VHTT-SONHA"));
		assertThat(this.matcher.match("Ủy ban MTTQ xã", UnitCode.of("XA-BATIEU"), null))
			.contains(UnitCode.of("XA-BATIEU-MTTQ"));
		assertThat(this.matcher.match("Công chức Văn phòng - Thống kê", UnitCode.of("XA-BATIEU"), null))
			.contains(UnitCode.of("XA-BATIEU-VP"));
	}

	@Test
	void ambiguousOrUnknownAssigneesAreLeftToTheClerk() {
		assertThat(this.matcher.match("Phòng Nội vụ", null, null)).as("two districts, no context").isEmpty();
		assertThat(this.matcher.match("Phòng Tài nguyên và Môi trường", UnitCode.of("HUYEN-SONHA"), null)).isEmpty();
		assertThat(this.matcher.match("UBND các xã", UnitCode.of("HUYEN-BATO"), null)).isEmpty();
	}

	@Test
	void unitsThatNoLongerExistAreNotProposed() {
		assertThat(this.matcher.match("Phòng Nội vụ", UnitCode.of("HUYEN-BATO"), LocalDate.of(2025, 9, 1))).isEmpty();
	}

	private static Unit unit(String code, String name, String shortName, String parent, LocalDate validTo) {
		return new Unit(UnitCode.of(code), name, shortName, parent == null ? null : UnitCode.of(parent),
				UnitKind.DEPARTMENT, null, validTo, null);
	}

}
