package vn.vanthu.approval;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Membership;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Position;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Sổ văn bản" opens on the register the clerk keeps: the Văn phòng's clerk keeps the
 * commune's; a clerk of several units chooses among them.
 */
@VanthuIntegrationTest
class RegisterPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Test
	void theOfficeClerkOpensTheCommunesRegister() {
		assertThat(this.directory.registerUnits(Username.of("vanthu"))).containsExactly(UnitCode.of("XA-BATIEU"));
		String html = WebSession.login(this.port, "vanthu", "demo").get("/registers/outgoing").body();
		assertThat(html).contains("Sổ văn bản đi</span> — <span>Ủy ban nhân dân xã Ba Tiêu")
			.doesNotContain("id=\"register-unit\"");
	}

	@Test
	void aClerkOfTwoUnitsChoosesTheRegister() {
		String login = "vanthu2-" + System.nanoTime() % 100000;
		this.directory.savePerson(
				new Person(Username.of(login), "Hà Thị Thu", null, false,
						List.of(new Membership(Username.of(login), UnitCode.of("XA-BATIEU-VP"), Position.VAN_THU),
								new Membership(Username.of(login), UnitCode.of("XA-BATIEU-MTTQ"), Position.VAN_THU))),
				"demo-Password-1");
		assertThat(this.directory.registerUnits(Username.of(login))).containsExactlyInAnyOrder(UnitCode.of("XA-BATIEU"),
				UnitCode.of("XA-BATIEU-MTTQ"));
		WebSession clerk = WebSession.login(this.port, login, "demo-Password-1");
		String html = clerk.get("/registers/outgoing").body();
		assertThat(html).contains("id=\"register-unit\"", "value=\"XA-BATIEU-MTTQ\"", "selected=\"selected\"",
				"<option value=\"XA-BATIEU\"");
		assertThat(clerk.get("/registers/outgoing?unit=XA-BATIEU-MTTQ").body())
			.contains("— <span>Ủy ban Mặt trận Tổ quốc Việt Nam xã Ba Tiêu");
	}

}
