package vn.vanthu;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/** Modules meet only through their public types and events, without cycles. */
class ModularityTests {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(VanthuApplication.class).verify();
	}

}
