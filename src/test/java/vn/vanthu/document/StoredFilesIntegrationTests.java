package vn.vanthu.document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

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
		StoredFile first = this.files.store(new ByteArrayInputStream(bytes));
		assertThat(this.files.store(new ByteArrayInputStream(bytes))).isEqualTo(first);
		assertThat(first.size()).isEqualTo(bytes.length);
		assertThat(first.contentType()).isEqualTo("text/plain");
		assertThat(this.files.find(first.sha256())).contains(first);
		assertThat(this.files.read(first.sha256())).isEqualTo(bytes);
	}

	@Test
	void writingPutsTheBytesInPlaceAndTellsNewBytesFromKnownOnes() {
		byte[] bytes = ("Công văn số 12/UBND-VP " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		StoredFiles.Kept written = this.files.write(new ByteArrayInputStream(bytes));
		StoredFiles.Kept again = this.files.write(new ByteArrayInputStream(bytes));
		// only the first call put the bytes in place: an importer skips the look-up of
		// documents for new bytes only
		assertThat(written.isNew()).isTrue();
		assertThat(again.isNew()).isFalse();
		assertThat(again.file().sha256()).isEqualTo(written.file().sha256());
		assertThat(this.files.pathOf(written.file().sha256())).hasBinaryContent(bytes);
		// not recorded: the document that refers to it records it
		assertThat(this.files.find(written.file().sha256())).isEmpty();
		assertThat(this.files.store(new ByteArrayInputStream(bytes)).size()).isEqualTo(bytes.length);
		assertThat(this.files.find(written.file().sha256())).isPresent();
	}

	@Test
	void writingStillWorksAfterTheTemporaryFolderWasRemoved() throws Exception {
		byte[] first = ("Thông báo " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		Path stored = this.files.pathOf(this.files.write(new ByteArrayInputStream(first)).file().sha256());
		// <files>/ab/cd/<sha>: the temporary folder is <files>/tmp
		Path temporary = stored.getParent().getParent().getParent().resolve("tmp");
		assertThat(temporary).isDirectory();
		FileSystemUtils.deleteRecursively(temporary);

		byte[] second = ("Thông báo khác " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		StoredFiles.Kept written = this.files.write(new ByteArrayInputStream(second));

		assertThat(written.isNew()).isTrue();
		assertThat(this.files.pathOf(written.file().sha256())).hasBinaryContent(second);
		assertThat(temporary).isDirectory();
	}

	@Test
	void aFileDamagedOnDiskIsReportedNotServed() throws Exception {
		byte[] bytes = ("Công văn " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		StoredFile file = this.files.store(new ByteArrayInputStream(bytes));
		Files.writeString(this.files.pathOf(file.sha256()), "tampered");
		assertThatExceptionOfType(StoredFiles.CorruptFileException.class)
			.isThrownBy(() -> this.files.read(file.sha256()))
			.withMessageContaining("bị hỏng");
	}

}
