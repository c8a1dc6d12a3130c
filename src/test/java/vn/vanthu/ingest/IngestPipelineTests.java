package vn.vanthu.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.document.DocumentOrigin;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.document.LibraryStatistics;
import vn.vanthu.ingest.bench.GenreDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

/** The import pipeline: order, failures, the same content twice in one load. */
@VanthuIntegrationTest
class IngestPipelineTests {

	private static final Ingestion.Options OPTIONS = new Ingestion.Options(null, Set.of(), true,
			DocumentOrigin.IMPORTED, DocumentStatus.ISSUED);

	@Autowired
	IngestPipeline pipeline;

	@Autowired
	Ingestion ingestion;

	@Autowired
	IngestSettings settings;

	@Test
	void filesAreRecordedInOrderAndAFailureStopsNothing(@TempDir Path dir) throws Exception {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
			Path file = dir.resolve("vb" + i + ".txt");
			Files.writeString(file, GenreDocuments.render("SỞ NỘI VỤ", n + "/KH-SNV", LocalDate.of(2024, 3, 1 + i),
					"KẾ HOẠCH", "Kế hoạch đường ống " + n, "Nội dung.\n"), StandardCharsets.UTF_8);
			files.add(file);
		}
		Path copy = dir.resolve("ban-sao.txt");
		Files.copy(files.get(1), copy);
		files.add(2, dir.resolve("khong-co.txt"));
		files.add(copy);
		Outcomes outcomes = new Outcomes();
		this.pipeline.run(files, OPTIONS, outcomes);
		List<Ingestion.Result> results = outcomes.results;
		assertThat(outcomes.seen).containsExactly("vb0.txt", "vb1.txt",
				"khong-co.txt ! " + NoSuchFileException.class.getSimpleName(), "vb2.txt", "vb3.txt", "vb4.txt",
				"ban-sao.txt");
		assertThat(results).hasSize(6);
		assertThat(results.subList(0, 5)).noneMatch(Ingestion.Result::existing);
		Ingestion.Result duplicate = results.get(5);
		assertThat(duplicate.existing()).isTrue();
		assertThat(duplicate.document().id()).isEqualTo(results.get(1).document().id());
	}

	@Test
	void aLoadLongerThanTheLookAheadIsRecordedWholeAndInOrder(@TempDir Path dir) throws Exception {
		// several batches and refills of the look-ahead while batches are recorded
		int count = 3 * (2 + IngestPipeline.BATCH) + 5;
		List<Path> files = new ArrayList<>();
		int base = ThreadLocalRandom.current().nextInt(100_000, 900_000);
		for (int i = 0; i < count; i++) {
			Path file = dir.resolve(String.format("vb%03d.txt", i));
			Files.writeString(file, GenreDocuments.render("SỞ NỘI VỤ", (base + i) + "/TB-SNV", LocalDate.of(2024, 5, 2),
					"THÔNG BÁO", "Thông báo số " + (base + i), "Nội dung.\n"), StandardCharsets.UTF_8);
			files.add(file);
		}
		Outcomes outcomes = new Outcomes();
		this.pipeline.run(files, OPTIONS, outcomes);
		assertThat(outcomes.seen).containsExactlyElementsOf(names(files));
		// each file became its own document, in the order given
		assertThat(outcomes.results).noneMatch(Ingestion.Result::existing);
		assertThat(outcomes.results.stream().map((r) -> r.document().number()).toList()).containsExactlyElementsOf(
				java.util.stream.IntStream.range(0, count).mapToObj((i) -> (base + i) + "/TB-SNV").toList());
	}

	@Test
	void theLibrarysStatisticsAreRefreshedOnceTheFirstThousandFilesAreIn(@TempDir Path dir) throws Exception {
		List<Path> files = new ArrayList<>();
		int base = ThreadLocalRandom.current().nextInt(100_000, 900_000);
		for (int i = 0; i < IngestPipeline.FIRST_ANALYSIS + 2 * IngestPipeline.BATCH; i++) {
			Path file = dir.resolve("tb" + i + ".txt");
			Files.writeString(file, "UBND XÃ BA TIÊU\nSố: " + (base + i) + "/TB-UBND\nTHÔNG BÁO\nVề lịch tiếp dân " + i,
					StandardCharsets.UTF_8);
			files.add(file);
		}
		// the statistics stand apart (on PostgreSQL they analyse the tables): here, when
		// the pipeline asks for them, and how many files were in by then
		Outcomes outcomes = new Outcomes();
		List<Integer> refreshedAt = new ArrayList<>();
		LibraryStatistics statistics = mock(LibraryStatistics.class);
		doAnswer((call) -> {
			refreshedAt.add(outcomes.results.size());
			return List.of();
		}).when(statistics).refresh();
		new IngestPipeline(this.ingestion, this.settings, statistics).run(files, OPTIONS, outcomes);
		assertThat(outcomes.seen).containsExactlyElementsOf(names(files));
		assertThat(refreshedAt).singleElement()
			.satisfies((at) -> assertThat(at).isBetween(IngestPipeline.FIRST_ANALYSIS,
					IngestPipeline.FIRST_ANALYSIS + IngestPipeline.BATCH - 1));
	}

	private static List<String> names(List<Path> files) {
		return files.stream().map((f) -> f.getFileName().toString()).toList();
	}

	/**
	 * What the pipeline reported, in order: each file's name (with " ! " and the
	 * exception's class when it failed), and the results of those that became documents.
	 */
	private static final class Outcomes implements IngestPipeline.Listener {

		final List<String> seen = new ArrayList<>();

		final List<Ingestion.Result> results = new ArrayList<>();

		@Override
		public void ingested(Path file, Ingestion.Result result) {
			this.seen.add(file.getFileName().toString());
			this.results.add(result);
		}

		@Override
		public void failed(Path file, Exception cause) {
			this.seen.add(file.getFileName() + " ! " + cause.getClass().getSimpleName());
		}

	}

}
