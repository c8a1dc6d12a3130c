package vn.vanthu.document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Content-addressed, deduplicated, verified on read. */
@VanthuIntegrationTest
class StoredFilesIntegrationTests {

	@Autowired
	StoredFiles files;

	@Test
	void sameBytesAreOneFileAndReadBackIntact() {
		byte[] bytes = ("Quyết định số 673/QĐ-UBND " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		StoredFiles.Kept kept = this.files.keep(new ByteArrayInputStream(bytes), "text/plain");
		StoredFiles.Kept again = this.files.keep(new ByteArrayInputStream(bytes), "application/octet-stream");
		StoredFile first = kept.file();
		assertThat(again.file()).isEqualTo(first);
		// only the first call recorded it: an importer skips the look-up of documents for
		// a new file only
		assertThat(kept.isNew()).isTrue();
		assertThat(again.isNew()).isFalse();
		assertThat(this.files.store(new ByteArrayInputStream(bytes), null)).isEqualTo(first);
		assertThat(first.size()).isEqualTo(bytes.length);
		assertThat(first.contentType()).isEqualTo("text/plain");
		assertThat(this.files.read(first.sha256())).isEqualTo(bytes);
	}

	@Test
	void aFileDamagedOnDiskIsReportedNotServed() throws Exception {
		byte[] bytes = ("Công văn " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		StoredFile file = this.files.store(new ByteArrayInputStream(bytes), "text/plain");
		Files.writeString(this.files.pathOf(file.sha256()), "tampered");
		assertThatExceptionOfType(StoredFiles.CorruptFileException.class)
			.isThrownBy(() -> this.files.read(file.sha256()))
			.withMessageContaining("bị hỏng");
	}

}
