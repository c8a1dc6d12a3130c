package vn.vanthu.directory;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/** "Quản trị" manages units and people, for administrators only. */
@VanthuIntegrationTest
class AdminPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Test
	void adminCreatesAPersonWhoCanThenLogIn() {
		WebSession admin = WebSession.login(this.port, "admin", "demo");
		String token = WebSession.csrfToken(admin.get("/admin").body());
		HttpResponse<String> saved = admin.postForm("/admin/people",
				"username=t-admin-made&fullName=Ng%C3%B4+Th%E1%BB%8B+B%C3%ACnh&password=mat-khau&unit=XA-BATIEU-CA"
						+ "&position=TRUONG_BAN&_csrf=" + token);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.directory.person(Username.of("t-admin-made")).fullName()).isEqualTo("Ngô Thị Bình");
		assertThat(admin.get("/admin").body()).contains("Ngô Thị Bình", "Trưởng ban (XA-BATIEU-CA)");
		WebSession.login(this.port, "t-admin-made", "mat-khau");
	}

	@Test
	void invalidInputIsShownInVietnameseAndNothingIsSaved() {
		WebSession admin = WebSession.login(this.port, "admin", "demo");
		String token = WebSession.csrfToken(admin.get("/admin").body());
		admin.postForm("/admin/people",
				"username=t-no-password&fullName=A&unit=XA-BATIEU-CA&position=CAN_BO&_csrf=" + token);
		assertThat(admin.get("/admin").body()).contains("Người dùng mới cần có mật khẩu");
		assertThat(this.directory.findPerson(Username.of("t-no-password"))).isEmpty();
	}

	@Test
	void staffCannotOpenOrPostToTheAdministration() {
		WebSession staff = WebSession.login(this.port, "chuyenvien", "demo");
		assertThat(staff.get("/admin").statusCode()).isEqualTo(403);
		String token = WebSession.csrfToken(staff.get("/login").body());
		HttpResponse<String> post = staff.postForm("/admin/units",
				"code=T-HACK&name=X&kind=ORGANISATION&_csrf=" + token);
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(this.directory.findUnit(UnitCode.of("T-HACK"))).isEmpty();
	}

}
