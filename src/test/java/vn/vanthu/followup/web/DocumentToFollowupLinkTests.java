package vn.vanthu.followup.web;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/** A directive's page leads the clerk to the confirmation of its assignments. */
@VanthuIntegrationTest
class DocumentToFollowupLinkTests {

	@Autowired
	TestRestTemplate rest;

	@LocalServerPort
	int port;

	@Test
	void documentWithAssignmentsLinksToTheirConfirmation() {
		String text = "ỦY BAN NHÂN DÂN\nXÃ BA TIÊU\n\nSố: 12/TB-UBND\n\nBa Tiêu, ngày 05 tháng 01 năm 2024\n\nTHÔNG BÁO\n"
				+ "Kết luận của Chủ tịch UBND xã " + System.nanoTime() + "\n\n"
				+ "1. Giao Công an xã: rà soát an ninh trật tự, hoàn thành trước ngày 07/02/2024.\n";
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "thong-bao-" + System.nanoTime() + ".txt";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		JsonNode created = this.rest.withBasicAuth("vanthu", "demo")
			.postForObject("/api/documents", new HttpEntity<>(form, headers), JsonNode.class);
		long id = created.get("id").asLong();
		assertThat(created.get("assignments")).isNotEmpty();

		WebSession clerk = WebSession.login(this.port, "vanthu", "demo");
		assertThat(clerk.get("/documents/" + id).body()).contains("href=\"/followup/documents/" + id + "/confirm\"");
		assertThat(clerk.get("/followup/documents/" + id + "/confirm").body()).contains("Công an xã");
	}

}
