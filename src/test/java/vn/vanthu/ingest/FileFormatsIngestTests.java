package vn.vanthu.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentCitation;
import vn.vanthu.document.DocumentOrigin;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.document.Documents;
import vn.vanthu.document.ExtractionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One công văn in each office format the library takes besides DOCX, PDF and TXT (tested
 * in {@link IngestIntegrationTests}): Word 97–2003 DOC, ODT and RTF as LibreOffice writes
 * them (fixtures in {@code ingest/formats}), and an HTML page with character references.
 * Each must come out with its text in NFC and its number, date and citation read.
 */
@VanthuIntegrationTest
class FileFormatsIngestTests {

	@Autowired
	Ingestion ingestion;

	@Autowired
	Documents documents;

	private final Ingestion.Options options = new Ingestion.Options("chuyenvien", Set.of(), true,
			DocumentOrigin.IMPORTED, DocumentStatus.RECEIVED);

	@ParameterizedTest
	@ValueSource(strings = { "cv.doc", "cv.odt", "cv.rtf", "cv.html" })
	void eachFormatIsReadLikeTheSameLetterInText(String name) throws IOException {
		Document d = this.ingestion.ingest(new ByteArrayInputStream(bytes(name)), name, this.options).document();
		assertThat(d.extraction().status()).as(d.extraction().reason()).isEqualTo(ExtractionStatus.EXTRACTED);
		assertThat(d.number()).isEqualTo("312/UBND-VP");
		assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2024, 10, 14));
		assertThat(d.subject()).contains("phòng, chống thiên tai");
		String text = this.documents.text(d.id()).orElseThrow();
		assertThat(text).contains("Ban Chỉ huy Quân sự xã").contains("Đinh Văn Thưởng");
		assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
		assertThat(this.documents.citations(d.id())).extracting(DocumentCitation::number).contains("2145/UBND-NNTN");
	}

	@Test
	void aLegacyTcvn3DocumentIsConvertedToUnicode() throws IOException {
		Document d = this.ingestion
			.ingest(new ByteArrayInputStream(bytes("qd-tcvn3.doc")), "qd-tcvn3.doc", this.options)
			.document();
		assertThat(d.extraction().status()).isEqualTo(ExtractionStatus.EXTRACTED);
		assertThat(d.extraction().reason()).contains("TCVN3");
		assertThat(d.number()).isEqualTo("27/QĐ-UBND");
		assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2002, 3, 5));
		String text = this.documents.text(d.id()).orElseThrow();
		assertThat(text).contains("thành lập Tổ công tác phòng, chống lụt bão")
			.contains("Điều 2. Tổ công tác có nhiệm vụ theo dõi, đôn đốc các xã thực hiện.");
		assertThat(this.documents.citations(d.id())).extracting(DocumentCitation::number)
			.containsExactly("11/2001/QĐ-UB");
	}

	@Test
	void aLegacyVniTextIsConvertedToUnicode() {
		// typed with the VNI-Times fonts and saved as plain text (Windows-1252 bytes)
		String vni = "UÛY BAN NHAÂN DAÂN\nXAÕ BA TIEÂU\n-------\nSoá: 31/QÑ-UBND\n\n"
				+ "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\n---------------\n"
				+ "Ba Tieâu, ngaøy 12 thaùng 4 naêm 2003\n\nQUYEÁT ÑÒNH\nVeà vieäc thaønh laäp Toå coâng taùc öu tieân\n\n"
				+ "Caên cöù Quyeát ñònh soá 11/2001/QÑ-UB ngaøy 05/02/2001 cuûa UÛy ban nhaân daân huyeän;\n\n"
				+ "QUYEÁT ÑÒNH:\nÑieàu 1. Thaønh laäp Toå coâng taùc öu tieân " + System.nanoTime() + ".\n";
		Document d = this.ingestion
			.ingest(new ByteArrayInputStream(vni.getBytes(java.nio.charset.Charset.forName("windows-1252"))),
					"qd-vni.txt", this.options)
			.document();
		assertThat(d.extraction().status()).isEqualTo(ExtractionStatus.EXTRACTED);
		assertThat(d.extraction().reason()).contains("VNI");
		assertThat(d.number()).isEqualTo("31/QĐ-UBND");
		assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2003, 4, 12));
		assertThat(this.documents.text(d.id()).orElseThrow()).contains("Về việc thành lập Tổ công tác ưu tiên")
			.contains("Căn cứ Quyết định số 11/2001/QĐ-UB");
		assertThat(this.documents.citations(d.id())).extracting(DocumentCitation::number)
			.containsExactly("11/2001/QĐ-UB");
	}

	private static byte[] bytes(String name) throws IOException {
		if (name.endsWith(".html")) {
			return html().getBytes(StandardCharsets.UTF_8);
		}
		try (InputStream in = FileFormatsIngestTests.class.getResourceAsStream("/ingest/formats/" + name)) {
			return in.readAllBytes();
		}
	}

	/**
	 * A page as an intranet portal publishes it: paragraphs, markup, character
	 * references.
	 */
	private static String html() throws IOException {
		StringBuilder body = new StringBuilder();
		try (InputStream in = FileFormatsIngestTests.class.getResourceAsStream("/ingest/formats/cv-source.txt")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				// "Ủ" and "ư" as numeric references, as some editors write them
				body.append("<p>").append(line.replace("Ủ", "&#7910;").replace("ư", "&#x1B0;")).append("</p>\n");
			}
		}
		return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Công văn 312</title></head>"
				+ "<body><nav>Trang chủ &gt; Văn bản</nav><article>\n" + body + "</article></body></html>\n";
	}

}
