package vn.vanthu.approval;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;
import vn.vanthu.directory.UnitCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator edits approval chains and records written authorisations; staff get
 * 403; invalid input is shown in Vietnamese and nothing is saved.
 */
@VanthuIntegrationTest
class ApprovalAdminPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApprovalChains chains;

	@Autowired
	Delegations delegations;

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	@Test
	void adminEditsAChain() {
		WebSession admin = WebSession.login(this.port, "admin", "demo");
		HttpResponse<String> page = admin.get("/admin/approval-chains");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Quy trình duyệt văn bản", "XA-BATIEU", "(ký)");
		String kind = "Kế hoạch thử " + System.nanoTime() % 100000;
		HttpResponse<String> saved = admin.postForm("/admin/approval-chains", "issuerUnit=XA-BATIEU&kind=" + enc(kind)
				+ "&restartFromFirst=true&steps="
				+ enc("Chánh Văn phòng thẩm tra | chanhvanphong |\nLãnh đạo ký | | XA-BATIEU:CHU_TICH, XA-BATIEU:PHO_CHU_TICH | ký")
				+ "&_csrf=" + WebSession.csrfToken(page.body()));
		assertThat(saved.statusCode()).isEqualTo(302);
		ApprovalChain chain = this.chains.forDocument(UnitCode.of("XA-BATIEU"), kind).orElseThrow();
		assertThat(chain.kind()).isEqualTo(kind);
		assertThat(chain.steps()).hasSize(2);
		assertThat(chain.step(1).candidateUsers()).containsExactly("chanhvanphong");
		assertThat(chain.step(2).signing()).isTrue();
		assertThat(chain.step(2).candidateGroups()).containsExactly("XA-BATIEU:CHU_TICH", "XA-BATIEU:PHO_CHU_TICH");
		HttpResponse<String> edit = admin.get("/admin/approval-chains?edit=" + chain.id());
		assertThat(edit.body()).contains("Sửa quy trình", "Lãnh đạo ký |  | XA-BATIEU:CHU_TICH");

		// a chain without a signing step is refused and the saved one stays
		admin.postForm("/admin/approval-chains", "issuerUnit=XA-BATIEU&kind=" + enc(kind) + "&steps="
				+ enc("Chỉ thẩm tra | chanhvanphong |") + "&_csrf=" + WebSession.csrfToken(page.body()));
		assertThat(admin.get("/admin/approval-chains").body()).contains("đúng một bước ký");
		assertThat(this.chains.forDocument(UnitCode.of("XA-BATIEU"), kind).orElseThrow().steps()).hasSize(2);
	}

	@Test
	void adminRecordsADelegationAndTheRulesApply() {
		WebSession admin = WebSession.login(this.port, "admin", "demo");
		HttpResponse<String> page = admin.get("/admin/delegations");
		assertThat(page.statusCode()).isEqualTo(200);
		String ref = System.nanoTime() % 100000 + "/GUQ-UBND";
		LocalDate today = LocalDate.now();
		admin.postForm("/admin/delegations",
				"from=chutich&to=phochutich&unit=XA-BATIEU&kind=TUQ&scope=" + enc("Ký giấy mời") + "&validFrom=" + today
						+ "&validTo=" + today.plusDays(30) + "&documentRef=" + enc(ref) + "&_csrf="
						+ WebSession.csrfToken(page.body()));
		assertThat(this.delegations.all()).anyMatch((d) -> d.documentRef().equals(ref) && d.kind() == Capacity.TUQ);
		assertThat(admin.get("/admin/delegations").body()).contains(ref, "TUQ.");
		// re-delegation refused with the rule
		String ref2 = ref + "-2";
		admin.postForm("/admin/delegations",
				"from=phochutich&to=chuyenvien&unit=XA-BATIEU&kind=TUQ&validFrom=" + today + "&validTo="
						+ today.plusDays(3) + "&documentRef=" + enc(ref2) + "&_csrf="
						+ WebSession.csrfToken(page.body()));
		assertThat(admin.get("/admin/delegations").body()).contains("không được ủy quyền lại");
		assertThat(this.delegations.all()).noneMatch((d) -> d.documentRef().equals(ref2));
	}

	@Test
	void staffGet403() {
		WebSession staff = WebSession.login(this.port, "chanhvanphong", "demo");
		assertThat(staff.get("/admin/approval-chains").statusCode()).isEqualTo(403);
		assertThat(staff.get("/admin/delegations").statusCode()).isEqualTo(403);
		String token = WebSession.csrfToken(staff.get("/login").body());
		assertThat(staff
			.postForm("/admin/delegations",
					"from=chutich&to=chanhvanphong&unit=XA-BATIEU&kind=TUQ&validFrom=2030-01-01"
							+ "&validTo=2030-12-31&documentRef=99%2FGUQ-UBND&_csrf=" + token)
			.statusCode()).isEqualTo(403);
		assertThat(this.delegations.all()).noneMatch((d) -> d.documentRef().equals("99/GUQ-UBND"));
	}

}
