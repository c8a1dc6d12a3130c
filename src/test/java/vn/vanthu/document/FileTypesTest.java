package vn.vanthu.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a file is comes from its bytes; what may be shown inline or served as what. */
class FileTypesTest {

	@Test
	void typesComeFromTheBytes() throws Exception {
		assertThat(FileTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
		assertThat(FileTypes.detect("<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes()))
			.isEqualTo("text/html");
		assertThat(FileTypes.detect("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>".getBytes()))
			.isEqualTo("image/svg+xml");
		assertThat(FileTypes.detect("Quyết định số 673/QĐ-UBND".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("text/plain");
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", png);
		assertThat(FileTypes.detect(png.toByteArray())).isEqualTo("image/png");
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("Kế hoạch");
			document.write(docx);
		}
		assertThat(FileTypes.detect(docx.toByteArray()))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(FileTypes.detect(new byte[] { 0, 1, 2, 3 })).isEqualTo("application/octet-stream");
	}

	@Test
	void onlyPdfAndRasterImagesAreShownInline() {
		assertThat(FileTypes.inline("application/pdf")).isTrue();
		assertThat(FileTypes.inline("image/png")).isTrue();
		assertThat(FileTypes.inline("image/jpeg")).isTrue();
		assertThat(FileTypes.inline("image/svg+xml")).isFalse();
		assertThat(FileTypes.inline("text/html")).isFalse();
		assertThat(FileTypes.inline("text/plain")).isFalse();
		assertThat(FileTypes.inline(null)).isFalse();
	}

	@Test
	void typesABrowserCouldRunAreServedOpaque() {
		for (String runnable : new String[] { "text/html", "application/xhtml+xml", "image/svg+xml", "text/xml",
				"application/xml", "text/javascript", "application/javascript", "text/css", "multipart/related",
				"message/rfc822", "application/x-shockwave-flash" }) {
			assertThat(FileTypes.served(runnable)).as(runnable).isEqualTo("application/octet-stream");
		}
		assertThat(FileTypes.served("application/pdf")).isEqualTo("application/pdf");
		assertThat(FileTypes.served("text/plain")).isEqualTo("text/plain");
		assertThat(FileTypes.served("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(FileTypes.served("văn bản/??;;=")).isEqualTo("application/octet-stream");
	}

}
