package vn.vanthu.ingest.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes generated documents as the files an office would have: plain text (UTF-8) and
 * Word (DOCX, one paragraph per line).
 */
final class BenchFiles {

	private BenchFiles() {
	}

	static Path write(Path dir, int index, String text, boolean docx) throws IOException {
		Path sub = dir.resolve(String.format("%03d", index / 1000));
		Files.createDirectories(sub);
		if (!docx) {
			Path file = sub.resolve(String.format("vb-%06d.txt", index));
			Files.writeString(file, text, StandardCharsets.UTF_8);
			return file;
		}
		Path file = sub.resolve(String.format("vb-%06d.docx", index));
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String line : text.split("\n", -1)) {
				doc.createParagraph().createRun().setText(line);
			}
			doc.write(out);
		}
		return file;
	}

}
