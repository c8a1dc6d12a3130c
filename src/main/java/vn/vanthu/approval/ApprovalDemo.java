package vn.vanthu.approval;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Membership;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Position;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;

/**
 * Demo approval chains, created once: UBND xã Ba Tiêu (chánh văn phòng reviews, then the
 * chairman or a vice-chairman signs) and Huyện ủy Ba Tơ (chánh văn phòng, then the bí
 * thư), with the party committee's demo people (password {@code demo}).
 */
@Component
@Profile("demo")
@Order(100)
class ApprovalDemo implements ApplicationRunner {

	private final ApprovalChains chains;

	private final Directory directory;

	ApprovalDemo(ApprovalChains chains, Directory directory) {
		this.chains = chains;
		this.directory = directory;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		UnitCode xa = UnitCode.of("XA-BATIEU");
		if (this.chains.forDocument(xa, ApprovalChain.ANY_KIND).isEmpty()) {
			this.chains.save(xa, ApprovalChain.ANY_KIND, true,
					List.of(new ChainStep(1, "Chánh Văn phòng thẩm tra", List.of(),
							List.of("XA-BATIEU-VP:CHANH_VAN_PHONG"), false),
							new ChainStep(2, "Lãnh đạo UBND xã ký", List.of(),
									List.of("XA-BATIEU:CHU_TICH", "XA-BATIEU:PHO_CHU_TICH"), true)));
		}
		UnitCode hu = UnitCode.of("HU-BATO");
		person("bithu", "Hồ Văn Bình", hu, Position.BI_THU);
		person("cvphu", "Lê Văn Đức", hu, Position.CHANH_VAN_PHONG);
		person("vanthuhu", "Nguyễn Thị Thu", hu, Position.VAN_THU);
		if (this.chains.forDocument(hu, ApprovalChain.ANY_KIND).isEmpty()) {
			this.chains.save(hu, ApprovalChain.ANY_KIND, true,
					List.of(new ChainStep(1, "Chánh Văn phòng Huyện ủy thẩm tra", List.of(),
							List.of("HU-BATO:CHANH_VAN_PHONG"), false),
							new ChainStep(2, "Bí thư ký", List.of(), List.of("HU-BATO:BI_THU"), true)));
		}
	}

	private void person(String login, String name, UnitCode unit, Position position) {
		Username username = Username.of(login);
		if (this.directory.findPerson(username).isEmpty()) {
			this.directory.savePerson(new Person(username, name, login + "@vanthu.local", false,
					List.of(new Membership(username, unit, position))), "demo");
		}
	}

}
