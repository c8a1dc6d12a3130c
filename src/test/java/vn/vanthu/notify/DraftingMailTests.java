package vn.vanthu.notify;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.directory.Username;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail through a real SMTP server (GreenMail): opening a round through the API mails
 * every recipient with an address, in Vietnamese, with a link to the answer page; the
 * in-app notification is stored too. One extra application context (the mail host).
 */
@VanthuIntegrationTest
class DraftingMailTests {

	static final int PORT = freePort();

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"));

	@DynamicPropertySource
	static void mailHost(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Notifications notifications;

	@Test
	@SuppressWarnings("unchecked")
	void openingARoundMailsTheRecipients() throws Exception {
		String subject = "Kế hoạch phòng chống thiên tai " + System.nanoTime();
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("subject", subject);
		form.add("kind", "KH");
		form.add("file", new ByteArrayResource(("%PDF-1.4 " + subject).getBytes()) {
			@Override
			public String getFilename() {
				return "du-thao.pdf";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		TestRestTemplate drafter = this.rest.withBasicAuth("chuyenvien", "demo");
		ResponseEntity<Map> draft = drafter.postForEntity("/api/drafts", new HttpEntity<>(form, headers), Map.class);
		long draftId = ((Number) ((Map<String, Object>) draft.getBody().get("id")).get("value")).longValue();
		long before = this.notifications.unreadCount(Username.of("truongban3"));

		ResponseEntity<Map> round = drafter.postForEntity("/api/drafts/" + draftId + "/rounds", Map.of("recipients",
				List.of("truongban3", "unit:XA-BATIEU-HPN"), "deadline", "2099-08-09T17:00:00+07:00"), Map.class);
		assertThat(round.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long roundId = ((Number) round.getBody().get("id")).longValue();

		assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage[] received = mail.getReceivedMessagesForDomain("vanthu.local");
		assertThat(received).hasSize(1); // truongban3 asked twice (by name and as head)
											// is mailed once
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("truongban3@vanthu.local");
		assertThat(received[0].getSubject()).isEqualTo("Đề nghị góp ý: " + subject + " (dự thảo lần 01)");
		assertThat(GreenMailUtil.getBody(received[0])).contains("/drafts/rounds/" + roundId + "/answer");
		assertThat(this.notifications.unreadCount(Username.of("truongban3"))).isEqualTo(before + 1);
		assertThat(this.notifications.of(Username.of("truongban3"), 1).get(0).emailed()).isTrue();

		ResponseEntity<String> page = this.rest.withBasicAuth("truongban3", "demo")
			.getForEntity("/api/notifications", String.class);
		assertThat(page.getBody()).contains(subject);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
