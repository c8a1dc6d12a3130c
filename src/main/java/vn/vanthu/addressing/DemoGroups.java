package vn.vanthu.addressing;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.UnitCode;

/**
 * The demo commune's group "Trưởng các ban ngành, đoàn thể xã", as its admin would define
 * it, created with the {@code demo} profile after the demo units; left alone once there.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoGroups implements ApplicationRunner {

	static final String BOARDS = "Trưởng các ban ngành, đoàn thể xã";

	private final Addressing addressing;

	private final Directory directory;

	DemoGroups(Addressing addressing, Directory directory) {
		this.addressing = addressing;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<UnitCode> boards = List.of("XA-BATIEU-MTTQ", "XA-BATIEU-DTN", "XA-BATIEU-HPN", "XA-BATIEU-CA")
			.stream()
			.map(UnitCode::of)
			.filter((u) -> this.directory.findUnit(u).isPresent())
			.toList();
		if (!boards.isEmpty() && this.addressing.groups().stream().noneMatch((g) -> g.name().equals(BOARDS))) {
			this.addressing.saveGroup(BOARDS, boards);
		}
	}

}
