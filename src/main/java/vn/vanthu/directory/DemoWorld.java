package vn.vanthu.directory;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small commune world modelled on the seed documents, created on start-up with the
 * {@code demo} profile. Idempotent: existing units and people are left as they are, so
 * demo users may change their passwords. Every demo password is {@code demo}.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoWorld implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final LocalDate REFORM_END = LocalDate.of(2025, 6, 30);

	private final Directory directory;

	DemoWorld(Directory directory) {
		this.directory = directory;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		unit("TINH-QN", "Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND", null, UnitKind.PEOPLES_COMMITTEE, null);
		unit("SXD-QN", "Sở Xây dựng tỉnh Quảng Ngãi", "SXD", "TINH-QN", UnitKind.DEPARTMENT, null);
		unit("SNV-QN", "Sở Nội vụ tỉnh Quảng Ngãi", "SNV", "TINH-QN", UnitKind.DEPARTMENT, null);
		unit("TU-QN", "Tỉnh ủy Quảng Ngãi", "TU", null, UnitKind.PARTY_COMMITTEE, null);
		unit("HU-BATO", "Huyện ủy Ba Tơ", "HU", "TU-QN", UnitKind.PARTY_COMMITTEE, REFORM_END);
		unit("HUYEN-BATO", "Ủy ban nhân dân huyện Ba Tơ", "UBND", "TINH-QN", UnitKind.PEOPLES_COMMITTEE, REFORM_END);
		unit("PNV-BATO", "Phòng Nội vụ huyện Ba Tơ", "PNV", "HUYEN-BATO", UnitKind.DEPARTMENT, REFORM_END);
		unit("XA-BATIEU", "Ủy ban nhân dân xã Ba Tiêu", "UBND", "HUYEN-BATO", UnitKind.PEOPLES_COMMITTEE, null);
		unit("XA-BATIEU-VP", "Văn phòng - Thống kê xã Ba Tiêu", "VP", "XA-BATIEU", UnitKind.DEPARTMENT, null);
		unit("XA-BATIEU-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Ba Tiêu", "MTTQ", "XA-BATIEU",
				UnitKind.ORGANISATION, null);
		unit("XA-BATIEU-DTN", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Ba Tiêu", "ĐTN", "XA-BATIEU",
				UnitKind.ORGANISATION, null);
		unit("XA-BATIEU-HPN", "Hội Liên hiệp Phụ nữ xã Ba Tiêu", "HPN", "XA-BATIEU", UnitKind.ORGANISATION, null);
		unit("XA-BATIEU-CA", "Công an xã Ba Tiêu", "CA", "XA-BATIEU", UnitKind.ORGANISATION, null);
		unit("DU-BATIEU", "Đảng ủy xã Ba Tiêu", "ĐU", "HU-BATO", UnitKind.PARTY_COMMITTEE, null);
		unit("HDND-BATIEU", "Hội đồng nhân dân xã Ba Tiêu", "HĐND", null, UnitKind.ORGANISATION, null);

		person("admin", "Quản trị hệ thống", true, "XA-BATIEU-VP", Position.CAN_BO);
		person("chuyenvien", "Trần Thị Mai", false, "XA-BATIEU-VP", Position.CHUYEN_VIEN);
		person("vanthu", "Lê Thị Hoa", false, "XA-BATIEU-VP", Position.VAN_THU);
		person("chanhvanphong", "Phạm Văn Nam", false, "XA-BATIEU-VP", Position.CHANH_VAN_PHONG);
		person("phochutich", "Đinh Văn Hùng", false, "XA-BATIEU", Position.PHO_CHU_TICH);
		person("chutich", "Nguyễn Văn Thành", false, "XA-BATIEU", Position.CHU_TICH);
		person("truongban1", "Phạm Thị Lan", false, "XA-BATIEU-MTTQ", Position.TRUONG_BAN);
		person("truongban2", "Đinh Văn Tú", false, "XA-BATIEU-DTN", Position.TRUONG_BAN);
		person("truongban3", "Hồ Thị Thu", false, "XA-BATIEU-HPN", Position.TRUONG_BAN);
	}

	private void unit(String code, String name, String shortName, String parent, UnitKind kind, LocalDate validTo) {
		UnitCode unitCode = UnitCode.of(code);
		if (this.directory.findUnit(unitCode).isEmpty()) {
			this.directory.saveUnit(new Unit(unitCode, name, shortName, (parent != null) ? UnitCode.of(parent) : null,
					kind, null, validTo, null));
		}
	}

	private void person(String login, String fullName, boolean admin, String unit, Position position) {
		Username username = Username.of(login);
		if (this.directory.findPerson(username).isEmpty()) {
			Membership membership = new Membership(username, UnitCode.of(unit), position);
			this.directory.savePerson(
					new Person(username, fullName, login + "@vanthu.local", admin, List.of(membership)), PASSWORD);
		}
	}

}
