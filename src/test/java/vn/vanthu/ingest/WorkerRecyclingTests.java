package vn.vanthu.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction workers (real worker JVMs running Tika) are replaced when they run out of
 * memory or grow past the resident-size limit, and the next file is extracted by the new
 * one; a server killed with -9 leaves no worker behind.
 */
class WorkerRecyclingTests {

	@TempDir
	Path dir;

	private IsolatedExtractor extractor;

	@AfterEach
	void stop() {
		if (this.extractor != null) {
			this.extractor.stop();
		}
	}

	@Test
	void aWorkerThatRunsOutOfMemoryIsReplacedAndTheNextFileIsExtracted() throws Exception {
		this.extractor = new IsolatedExtractor(settings("128m", DataSize.ofBytes(0)));
		WorkerProcess worker = this.extractor.workers().get(0);
		ExtractedText first = this.extractor.extract(text("truoc.txt", "Kế hoạch trước"), "truoc.txt");
		assertThat(first.ok()).isTrue();
		long before = worker.pid();

		ExtractedText bomb = this.extractor.extract(memoryBomb(), "bom.docx");

		assertThat(bomb.ok()).isFalse();
		assertThat(bomb.reason()).startsWith("Tệp cần quá nhiều bộ nhớ").contains("OutOfMemoryError");
		// the worker exits right after its reply
		Instant deadline = Instant.now().plusSeconds(10);
		while (worker.recycled() == 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		assertThat(worker.recycled()).isEqualTo(1);
		ExtractedText after = this.extractor.extract(text("sau.txt", "Quyết định sau khi thay bộ trích xuất"),
				"sau.txt");
		assertThat(after.ok()).isTrue();
		assertThat(after.text()).contains("Quyết định sau khi thay bộ trích xuất");
		assertThat(worker.pid()).isPositive().isNotEqualTo(before);
	}

	@Test
	void aWorkerPastTheResidentLimitIsReplacedBetweenFilesAndNoFileFails() throws Exception {
		// every JVM running Tika is past 64 MB: each file gets a fresh worker
		this.extractor = new IsolatedExtractor(settings("256m", DataSize.ofMegabytes(64)));
		WorkerProcess worker = this.extractor.workers().get(0);

		ExtractedText first = this.extractor.extract(text("mot.txt", "Công văn thứ nhất"), "mot.txt");
		assertThat(first.ok()).isTrue();
		assertThat(worker.recycled()).isEqualTo(1);
		assertThat(worker.pid()).isEqualTo(-1);
		ExtractedText second = this.extractor.extract(text("hai.txt", "Công văn thứ hai"), "hai.txt");
		assertThat(second.ok()).isTrue();
		assertThat(second.text()).contains("Công văn thứ hai");
		assertThat(worker.recycled()).isEqualTo(2);
	}

	@Test
	void aServerKilledWithMinus9LeavesNoWorkerBehindEvenInTheMiddleOfAFile() throws Exception {
		Path bomb = memoryBomb();
		List<String> command = IsolatedExtractor.childJvm(WorkerParent.class.getName(), "256m");
		command.add(bomb.toString());
		Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		try {
			BufferedReader out = new BufferedReader(
					new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
			String line = out.readLine();
			assertThat(line).as("the server's worker").startsWith("worker ");
			ProcessHandle worker = ProcessHandle.of(Long.parseLong(line.substring(7))).orElseThrow();
			assertThat(worker.parent().map(ProcessHandle::pid)).contains(server.pid());

			server.destroyForcibly(); // SIGKILL: no shutdown hook, no @PreDestroy
			server.waitFor(30, TimeUnit.SECONDS);
			Instant begin = Instant.now();
			assertThat(worker.onExit().completeOnTimeout(null, 20, TimeUnit.SECONDS).get())
				.as("worker still running 20 s after kill -9 of its server")
				.isNotNull();
			System.out.printf("Extraction worker gone %d ms after kill -9 of its server%n",
					Duration.between(begin, Instant.now()).toMillis());
		}
		finally {
			server.descendants().forEach(ProcessHandle::destroyForcibly);
			server.destroyForcibly();
		}
	}

	private IngestSettings settings(String heap, DataSize maxResident) {
		return new IngestSettings(Duration.ofSeconds(120), heap, 104_857_600, 5_000_000, "vie", 1, maxResident);
	}

	private Path text(String name, String content) throws IOException {
		return Files.writeString(this.dir.resolve(name), content + "\n", StandardCharsets.UTF_8);
	}

	/**
	 * A DOCX whose body is about 60 MB of XML (varied words, so that it compresses only a
	 * few times and is no zip bomb by ratio): Tika reads it into a DOM that does not fit
	 * in a 128 MB heap.
	 */
	Path memoryBomb() throws IOException {
		Path file = this.dir.resolve("bom-" + System.nanoTime() + ".docx");
		String[] words = "ủy ban nhân dân xã phường kế hoạch quyết định công văn thông báo triển khai thực hiện báo cáo tổng hợp đơn vị"
			.split(" ");
		Random random = new Random(15);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			entry(zip, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
							<Default Extension="xml" ContentType="application/xml"/>
							<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
							</Types>""");
			entry(zip, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
							</Relationships>""");
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			OutputStream body = zip;
			body.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
					+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
				.getBytes(StandardCharsets.UTF_8));
			StringBuilder paragraph = new StringBuilder();
			for (int p = 0; p < 300_000; p++) {
				paragraph.setLength(0);
				paragraph.append("<w:p><w:r><w:t>").append(p);
				for (int w = 0; w < 20; w++) {
					paragraph.append(' ').append(words[random.nextInt(words.length)]).append(random.nextInt(1000));
				}
				paragraph.append("</w:t></w:r></w:p>");
				body.write(paragraph.toString().getBytes(StandardCharsets.UTF_8));
			}
			body.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return file;
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
