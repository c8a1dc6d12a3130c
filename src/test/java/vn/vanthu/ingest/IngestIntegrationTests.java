package vn.vanthu.ingest;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentOrigin;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.document.Documents;
import vn.vanthu.document.ExtractionStatus;
import vn.vanthu.document.StoredFiles;
import vn.vanthu.ingest.bench.GenreDocuments;
import vn.vanthu.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of file, good and bad, through the isolated extractor; OCR; bulk import. */
@VanthuIntegrationTest
class IngestIntegrationTests {

	private static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

	@Autowired
	Ingestion ingestion;

	@Autowired
	Documents documents;

	@Autowired
	IsolatedExtractor extractor;

	@Autowired
	StoredFiles files;

	@Autowired
	ImportCommand importCommand;

	private final Ingestion.Options options = new Ingestion.Options("chuyenvien", Set.of(), true,
			DocumentOrigin.IMPORTED, DocumentStatus.RECEIVED);

	@Test
	void docxAndPdfTextIsExtractedAndNormalisedToNfc() throws Exception {
		int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
		String text = GenreDocuments.render("SỞ XÂY DỰNG", n + "/TB-SXD", LocalDate.of(2024, 12, 16), "THÔNG BÁO",
				"Kết luận của Giám đốc Sở Xây dựng", "Nội dung thông báo về đường giao thông.\n");
		// NFD input (as some editors save it) must come out NFC
		Document docx = ingest(docx(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)), "tb.docx");
		assertThat(docx.extraction().status()).isEqualTo(ExtractionStatus.EXTRACTED);
		assertThat(docx.number()).isEqualTo(n + "/TB-SXD");
		assertThat(docx.issuedOn()).isEqualTo(LocalDate.of(2024, 12, 16));
		String stored = this.documents.text(docx.id()).orElseThrow();
		assertThat(stored).contains("đường giao thông").isEqualTo(VietnameseText.nfc(stored));
		Document pdf = ingest(pdf(text.replace(n + "/", (n + 1) + "/"), false), "tb.pdf");
		assertThat(pdf.extraction().status()).isEqualTo(ExtractionStatus.EXTRACTED);
		assertThat(pdf.number()).isEqualTo((n + 1) + "/TB-SXD");
		assertThat(pdf.subject()).contains("Kết luận");
	}

	@Test
	void badFilesAreStoredAndMarkedWithTheReasonAndCanBeRetried() throws Exception {
		Document empty = ingest(new byte[0], "rong.docx");
		assertThat(empty.extraction().status()).isEqualTo(ExtractionStatus.FAILED);
		assertThat(empty.extraction().reason()).contains("rỗng");
		assertThat(this.documents.versions(empty.id())).hasSize(1);

		byte[] garbage = new byte[4096];
		ThreadLocalRandom.current().nextBytes(garbage);
		garbage[0] = 'P';
		garbage[1] = 'K';
		garbage[2] = 3;
		garbage[3] = 4;
		Document mislabelled = ingest(garbage, "hong.docx");
		assertThat(mislabelled.extraction().status()).isEqualTo(ExtractionStatus.FAILED);
		assertThat(mislabelled.extraction().reason()).isNotBlank();

		byte[] truncatedPdf = java.util.Arrays.copyOf(pdf("Văn bản bị cắt " + System.nanoTime(), false), 300);
		Document broken = ingest(truncatedPdf, "cat.pdf");
		assertThat(broken.extraction().status()).isEqualTo(ExtractionStatus.FAILED);

		Document encrypted = ingest(pdf("Văn bản mật khẩu " + System.nanoTime(), true), "matkhau.pdf");
		assertThat(encrypted.extraction().status()).isEqualTo(ExtractionStatus.FAILED);
		assertThat(encrypted.extraction().reason()).contains("mã hóa");

		// a decompression bomb (tiny file, millions of characters) is refused by the
		// worker
		Document bomb = ingest(docx("Bom " + System.nanoTime() + "\n" + "Nội dung văn bản. ".repeat(400_000)),
				"bom.docx");
		assertThat(bomb.extraction().status()).isEqualTo(ExtractionStatus.FAILED);
		assertThat(bomb.extraction().reason()).contains("zip bomb");

		// a file that takes longer than the limit: the worker is killed, the server goes
		// on
		GenreDocuments genre = new GenreDocuments(System.nanoTime());
		StringBuilder longText = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			longText.append(genre.next(30).text()).append(ThreadLocalRandom.current().nextLong()).append('\n');
		}
		byte[] slowDocx = docx(longText.toString());
		var file = this.files.store(new ByteArrayInputStream(slowDocx));
		ExtractedText timedOut = this.extractor.extract(this.files.pathOf(file.sha256()), "dai.docx",
				Duration.ofMillis(5));
		assertThat(timedOut.ok()).isFalse();
		assertThat(timedOut.reason()).contains("Quá thời gian");
		// the document is still created, and a retry (with the normal limit) reads it
		Document later = ingest(slowDocx, "dai.docx");
		Document retried = this.ingestion.retry(later.id());
		assertThat(retried.extraction().status()).as(retried.extraction().reason())
			.isEqualTo(ExtractionStatus.EXTRACTED);

		// and the broken file's retry keeps failing with a reason, never throwing
		assertThat(this.ingestion.retry(broken.id()).extraction().status()).isEqualTo(ExtractionStatus.FAILED);
	}

	@Test
	void scannedVietnamesePageIsReadByOcr() throws Exception {
		BufferedImage page = new BufferedImage(1700, 500, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, page.getWidth(), page.getHeight());
		g.setColor(Color.BLACK);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setFont(Font.createFont(Font.TRUETYPE_FONT, new java.io.File(FONT)).deriveFont(44f));
		g.drawString("ỦY BAN NHÂN DÂN XÃ BA TIÊU", 60, 100);
		g.drawString("QUYẾT ĐỊNH " + System.nanoTime() % 1000, 60, 200);
		g.drawString("Về việc nâng cấp đường giao thông nông thôn", 60, 300);
		g.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(page, "png", png);
		Document scanned = ingest(png.toByteArray(), "scan.png");
		assertThat(scanned.extraction().status()).isEqualTo(ExtractionStatus.EXTRACTED);
		assertThat(scanned.extraction().reason()).contains("OCR");
		String text = this.documents.text(scanned.id()).orElseThrow();
		assertThat(text).contains("QUYẾT ĐỊNH").contains("giao thông");
	}

	@Test
	void importLoadsADirectoryResumesAndReportsFailures(@TempDir Path dir) throws Exception {
		Files.createDirectories(dir.resolve("2024/quy"));
		for (int i = 0; i < 3; i++) {
			int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
			Files.writeString(
					dir.resolve("2024/quy/vb" + i + ".txt"), GenreDocuments.render("SỞ NỘI VỤ", n + "/KH-SNV",
							LocalDate.of(2024, 1, 2 + i), "KẾ HOẠCH", "Kế hoạch nhập kho " + n, "Nội dung.\n"),
					StandardCharsets.UTF_8);
		}
		Files.write(dir.resolve("hong.pdf"), ("%PDF-1.7 hỏng " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = this.importCommand.run(List.of(dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8));
		String report = out.toString(StandardCharsets.UTF_8);
		assertThat(code).isEqualTo(1);
		assertThat(report).contains("4/4").contains("tệp/s").contains("Đã nhập 4 tệp mới").contains("hong.pdf");
		ByteArrayOutputStream again = new ByteArrayOutputStream();
		this.importCommand.run(List.of(dir.toString()), new PrintStream(again, true, StandardCharsets.UTF_8));
		assertThat(again.toString(StandardCharsets.UTF_8)).contains("Đã nhập 0 tệp mới, bỏ qua 4 tệp đã có");
		assertThat(this.importCommand.run(List.of(dir.resolve("missing").toString()),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
	}

	private Document ingest(byte[] bytes, String name) {
		Ingestion.Result result = this.ingestion.ingest(new ByteArrayInputStream(bytes), name, this.options);
		assertThat(result.existing()).isFalse();
		return result.document();
	}

	static byte[] docx(String text) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : text.split("\n")) {
				doc.createParagraph().createRun().setText(line);
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

	static byte[] pdf(String text, boolean encrypted) throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			PDType0Font font = PDType0Font.load(doc, new java.io.File(FONT));
			try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
				content.beginText();
				content.setFont(font, 10);
				content.newLineAtOffset(40, 750);
				content.setLeading(13);
				for (String line : text.split("\n")) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			if (encrypted) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("chu", "nguoidung",
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				doc.protect(policy);
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

}
