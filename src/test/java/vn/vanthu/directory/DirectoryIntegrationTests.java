package vn.vanthu.directory;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The directory, the demo world, and the engine's mirror of both. */
@VanthuIntegrationTest
class DirectoryIntegrationTests {

	@Autowired
	Directory directory;

	@Autowired
	IdentityService identity;

	@Autowired
	DemoWorld demoWorld;

	@Test
	void demoWorldIsCreatedOnceAndIdempotently() {
		int units = this.directory.units().size();
		int people = this.directory.people().size();
		this.demoWorld.run(null);
		assertThat(this.directory.units()).hasSize(units);
		assertThat(this.directory.people()).hasSize(people);
		assertThat(this.directory.person(Username.of("chutich")).memberships())
			.containsExactly(new Membership(Username.of("chutich"), UnitCode.of("XA-BATIEU"), Position.CHU_TICH));
	}

	@Test
	void headsOfAUnitAreItsHeadsOrElseItsDeputies() {
		assertThat(this.directory.headsOf(UnitCode.of("XA-BATIEU"))).containsExactly(Username.of("chutich"));
		this.directory.saveUnit(new Unit(UnitCode.of("T-DEPUTY"), "Ban thử", null, UnitCode.of("XA-BATIEU"),
				UnitKind.ORGANISATION, null, null, null));
		Username deputy = Username.of("t-deputy");
		this.directory.savePerson(new Person(deputy, "Phó ban", null, false,
				List.of(new Membership(deputy, UnitCode.of("T-DEPUTY"), Position.PHO_TRUONG_BAN))), "secret");
		assertThat(this.directory.headsOf(UnitCode.of("T-DEPUTY"))).containsExactly(deputy);
	}

	@Test
	void peopleAndPostsAreMirroredIntoTheEngine() {
		Username who = Username.of("t-mirror");
		this.directory.savePerson(new Person(who, "Nguyễn Thị Gương", "guong@example.vn", false,
				List.of(new Membership(who, UnitCode.of("XA-BATIEU-VP"), Position.CHUYEN_VIEN))), "secret");
		assertThat(this.identity.createUserQuery().userId("t-mirror").singleResult().getEmail())
			.isEqualTo("guong@example.vn");
		assertThat(this.identity.createGroupQuery().groupMember("t-mirror").list()).extracting((g) -> g.getId())
			.containsExactlyInAnyOrder("XA-BATIEU-VP", "XA-BATIEU-VP:CHUYEN_VIEN");

		this.directory.savePerson(new Person(who, "Nguyễn Thị Gương", "guong@example.vn", false,
				List.of(new Membership(who, UnitCode.of("XA-BATIEU-MTTQ"), Position.TRUONG_BAN))), null);
		assertThat(this.identity.createGroupQuery().groupMember("t-mirror").list()).extracting((g) -> g.getId())
			.containsExactlyInAnyOrder("XA-BATIEU-MTTQ", "XA-BATIEU-MTTQ:TRUONG_BAN");
	}

	@Test
	void namesAreStoredInNfc() {
		String decomposed = java.text.Normalizer.normalize("Đoàn Thị Hường", java.text.Normalizer.Form.NFD);
		Username who = Username.of("t-nfc");
		this.directory.savePerson(new Person(who, decomposed, null, false, List.of()), "secret");
		assertThat(this.directory.person(who).fullName()).isEqualTo("Đoàn Thị Hường");
	}

	@Test
	void aNewPersonNeedsAPasswordAndAKnownUnit() {
		Username who = Username.of("t-nopass");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.directory.savePerson(new Person(who, "A", null, false, List.of()), null))
			.withMessageContaining("mật khẩu");
		assertThat(this.directory.findPerson(who)).isEmpty();
	}

	@Test
	void passwordsAreHashed() {
		assertThat(this.directory.passwordHash(Username.of("chuyenvien"))).get()
			.asString()
			.startsWith("{bcrypt}")
			.doesNotContain("demo");
	}

}
