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
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitKind;
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
		// units of its own: a clerk added to a demo unit would become that unit's
		// receiving
		// clerk for every later test sharing the context
		long n = System.nanoTime() % 100000;
		UnitCode first = unit("TO-A-" + n, "Tổ công tác thứ nhất " + n);
		UnitCode second = unit("TO-B-" + n, "Tổ công tác thứ hai " + n);
		String login = "vanthu2-" + n;
		this.directory.savePerson(new Person(Username.of(login), "Hà Thị Thu", null, false,
				List.of(new Membership(Username.of(login), first, Position.VAN_THU),
						new Membership(Username.of(login), second, Position.VAN_THU))),
				"demo-Password-1");
		assertThat(this.directory.registerUnits(Username.of(login))).containsExactlyInAnyOrder(first, second);
		WebSession clerk = WebSession.login(this.port, login, "demo-Password-1");
		String html = clerk.get("/registers/outgoing").body();
		assertThat(html).contains("id=\"register-unit\"", "value=\"" + second.value() + "\"", "selected=\"selected\"",
				"<option value=\"" + first.value() + "\"");
		assertThat(clerk.get("/registers/outgoing?unit=" + second.value()).body())
			.contains("— <span>Tổ công tác thứ hai " + n);
	}

	private UnitCode unit(String code, String name) {
		return this.directory
			.saveUnit(new Unit(UnitCode.of(code), name, null, UnitCode.of("XA-BATIEU"), UnitKind.ORGANISATION, null,
					null, null))
			.code();
	}

}
