package vn.vanthu.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.search.LibraryFixtures.document;
import static vn.vanthu.search.LibraryFixtures.hitIds;
import static vn.vanthu.search.LibraryFixtures.id;

/**
 * Choosing recipient units on upload: their members read the document and find it, the
 * other units still do not, and an unknown unit refuses the upload without storing it.
 */
@VanthuIntegrationTest
class RecipientUnitsOnUploadTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	SearchIndexer indexer;

	@Test
	void aRecipientUnitReadsTheUploadAndOthersStillDoNot() {
		int n = LibraryFixtures.uniqueNumber();
		String marker = "đơnvịnhận" + n;
		byte[] text = document("ỦY BAN NHÂN DÂN\nHUYỆN BA TƠ", n + "/KH-UBND", LocalDate.of(2024, 9, 3), "KẾ HOẠCH",
				"Tổ chức " + marker, "Nội dung " + marker + ".\n")
			.getBytes(StandardCharsets.UTF_8);
		long id = id(LibraryFixtures.upload(this.rest, "vanthu", "den-" + n + ".txt", text, false, "XA-BATIEU-DTN"));
		this.indexer.drain();
		// truongban2 heads the Đoàn Thanh niên: a recipient
		assertThat(this.rest.withBasicAuth("truongban2", "demo")
			.getForEntity("/api/documents/" + id, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(hitIds(LibraryFixtures.get(this.rest, "truongban2", "/api/search?q=" + marker))).containsExactly(id);
		// truongban1 (Mặt trận) is not
		assertThat(this.rest.withBasicAuth("truongban1", "demo")
			.getForEntity("/api/documents/" + id, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(hitIds(LibraryFixtures.get(this.rest, "truongban1", "/api/search?q=" + marker))).isEmpty();
	}

	@Test
	void anUnknownUnitRefusesTheUploadAndStoresNothing() {
		int n = LibraryFixtures.uniqueNumber();
		byte[] text = document("ỦY BAN NHÂN DÂN\nXÃ BA TIÊU", n + "/TB-UBND", LocalDate.of(2024, 9, 4), "THÔNG BÁO",
				"Thông báo thử", "Nội dung.\n")
			.getBytes(StandardCharsets.UTF_8);
		ResponseEntity<Map<String, Object>> refused = LibraryFixtures.upload(this.rest, "vanthu", "tb-" + n + ".txt",
				text, false, "XA-BATIEU-DTN", "PHONG-MA");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(refused.getBody()).containsEntry("type", "urn:vanthu:problem:unit-unknown");
		assertThat((String) refused.getBody().get("detail")).contains("PHONG-MA").doesNotContain("XA-BATIEU-DTN");
		List<Map<String, Object>> found = LibraryFixtures.list(this.rest, "vanthu",
				"/api/documents?number=" + n + "/TB-UBND");
		assertThat(found).isEmpty();
	}

}
