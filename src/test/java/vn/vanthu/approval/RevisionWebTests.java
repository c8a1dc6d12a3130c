package vn.vanthu.approval;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;
import vn.vanthu.directory.UnitCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revision loop over HTTP: {@code POST /api/approvals/{id}/resubmit} takes a file and
 * a note as multipart/form-data or a note alone as JSON; the approval page offers the
 * drafter an upload and shows reviewers what changed, words marked.
 */
@VanthuIntegrationTest
class RevisionWebTests {

	static final String BOUNDARY = "----vanthu-revision";

	@LocalServerPort
	int port;

	@Autowired
	Approvals approvals;

	@Autowired
	Revisions revisions;

	final HttpClient http = HttpClient.newHttpClient();

	ApprovalCase returned(String subject) {
		ApprovalCase c = this.approvals.start(new StartApproval(UnitCode.of("XA-BATIEU"), "QĐ", subject, "chuyenvien",
				null, null, null, RevisionLoopTests.V1, null));
		this.approvals.decide(c.id(), "chanhvanphong", Outcome.RETURN, "Tổ công tác cần 7 thành viên", null);
		return c;
	}

	HttpResponse<String> api(String user, String method, String path, String contentType, byte[] body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		request.method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void apiTakesAFileAndANoteAsMultipartAndANoteAloneAsJson() throws Exception {
		ApprovalCase c = returned("Quyết định qua API " + System.nanoTime());
		byte[] body = WebSession.multipart(BOUNDARY, Map.of("note", "Đã sửa số thành viên"), "file",
				"du-thao-lan-2.txt", RevisionLoopTests.V2.getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> answer = api("chuyenvien", "POST", "/api/approvals/" + c.id().value() + "/resubmit",
				"multipart/form-data; boundary=" + BOUNDARY, body);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(answer.body()).contains("\"status\":\"IN_REVIEW\"", "du-thao-lan-2.txt", "Đã sửa số thành viên");
		assertThat(this.revisions.versions(c.id())).hasSize(2);

		HttpResponse<String> changes = api("chanhvanphong", "GET", "/api/approvals/" + c.id().value() + "/changes",
				null, null);
		assertThat(changes.statusCode()).isEqualTo(200);
		assertThat(changes.body()).contains("\"from\":1", "\"to\":2", "{\"text\":\"7\",\"changed\":true}");

		this.approvals.decide(c.id(), "chanhvanphong", Outcome.RETURN, "Giải trình kinh phí", null);
		HttpResponse<String> noteOnly = api("chuyenvien", "POST", "/api/approvals/" + c.id().value() + "/resubmit",
				"application/json", "{\"note\":\"Kinh phí có trong dự toán\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(noteOnly.statusCode()).as(noteOnly.body()).isEqualTo(200);
		assertThat(this.revisions.versions(c.id())).hasSize(2);
		assertThat(this.approvals.get(c.id()).status()).isEqualTo(ApprovalStatus.IN_REVIEW);

		// not returned any more: a problem, not a new version
		HttpResponse<String> again = api("chuyenvien", "POST", "/api/approvals/" + c.id().value() + "/resubmit",
				"multipart/form-data; boundary=" + BOUNDARY, body);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("approval-not-returned");
		assertThat(this.revisions.versions(c.id())).hasSize(2);
	}

	@Test
	void theDrafterUploadsOnThePageAndTheReviewerSeesWhatChanged() {
		ApprovalCase c = returned("Quyết định trên trang " + System.nanoTime());
		WebSession drafter = WebSession.login(this.port, "chuyenvien", "demo");
		HttpResponse<String> page = drafter.get("/approvals/" + c.id().value());
		assertThat(page.body()).contains("id=\"resubmit-form\"", "enctype=\"multipart/form-data\"",
				"id=\"revision-file\"");
		byte[] body = WebSession.multipart(BOUNDARY,
				Map.of("note", "Đã sửa", "_csrf",
						WebSession.csrfToken(page.body().substring(page.body().indexOf("id=\"resubmit-form\"")))),
				"file", "du-thao-lan-2.txt", RevisionLoopTests.V2.getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> posted = drafter.postMultipart("/approvals/" + c.id().value() + "/resubmit", BOUNDARY,
				body);
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(this.revisions.versions(c.id())).hasSize(2);

		WebSession reviewer = WebSession.login(this.port, "chanhvanphong", "demo");
		String html = reviewer.get("/approvals/" + c.id().value()).body();
		assertThat(html)
			.contains("id=\"changes\"", "Thay đổi từ phiên bản 1 (bản đã trả lại) đến phiên bản 2", "<del>5</del>",
					"<ins>7</ins>", "Kinh phí từ ngân sách xã", "du-thao-lan-2.txt")
			.doesNotContain("id=\"resubmit-form\"");
		assertThat(html).contains("id=\"outcome-APPROVE\"");
	}

}
