package vn.vanthu.text;

import java.time.Duration;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Any input is safe, and reading time grows linearly on adversarial text. */
class RobustnessProperties {

	private static final String[] PIECES = { "1", "12", "123456", "/", "-", "–", "số", "Số:", " số ", "ngày", "ngày ",
			"tháng", "năm 2024", "\n", "\n\n", " ", "QĐ", "UBND", "Giao ", "Đề nghị ", "trước ngày ", "chậm nhất ",
			"2.4. ", "- ", "V/v", "Kính gửi:", "Nơi nhận:", "TL. ", "CHỦ TỊCH", "**", "của ", "Công văn số ", ",", ";",
			"./.", "quý I/", "trong tháng " };

	@Provide
	Arbitrary<String> documentish() {
		return Arbitraries.of(PIECES).list().ofMaxSize(400).map((l) -> String.join("", l));
	}

	@Property(tries = 300)
	void neverThrowsOnArbitraryUnicode(@ForAll String text) {
		assertThat(DocumentReader.read(text)).isNotNull();
	}

	@Property(tries = 300)
	void neverThrowsOnDocumentLikeNoise(@ForAll("documentish") String text) {
		DocumentFacts facts = DocumentReader.read(text);
		String nfc = VietnameseText.nfc(text);
		facts.citations().forEach((c) -> assertThat(c.end()).isBetween(c.start(), nfc.length()));
		facts.deadlines().forEach((d) -> assertThat(d.end()).isBetween(d.start(), nfc.length()));
	}

	@Test
	void nullAndEmptyAreFine() {
		assertThat(DocumentReader.read(null).citations()).isEmpty();
		assertThat(DocumentReader.read("").number()).isNull();
	}

	@Test
	void scalesLinearlyOnAdversarialText() {
		String small = adversarial(250_000, 7);
		String large = adversarial(1_000_000, 7);
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			DocumentReader.read(small);
			DocumentReader.read(large);
			// the fastest of three readings each: one reading could take a collection or
			// a
			// recompilation, which made a linear reader look superlinear once in CI
			long smallNanos = Long.MAX_VALUE;
			long largeNanos = Long.MAX_VALUE;
			for (int i = 0; i < 3; i++) {
				long t0 = System.nanoTime();
				DocumentReader.read(small);
				long t1 = System.nanoTime();
				DocumentReader.read(large);
				long t2 = System.nanoTime();
				smallNanos = Math.min(smallNanos, t1 - t0);
				largeNanos = Math.min(largeNanos, t2 - t1);
			}
			double ratio = (double) largeNanos / Math.max(1, smallNanos);
			System.out.printf("adversarial 250 KB: %d ms, 1 MB: %d ms, ratio %.2f%n", smallNanos / 1_000_000,
					largeNanos / 1_000_000, ratio);
			assertThat(ratio).isLessThan(8.0);
		});
	}

	@Test
	void longRunsDoNotBacktrack() {
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			DocumentReader.read("1".repeat(1_000_000));
			DocumentReader.read("/".repeat(500_000) + "-".repeat(500_000));
			DocumentReader.read("số ".repeat(300_000));
			DocumentReader.read("ngày ".repeat(200_000));
			DocumentReader.read("1/".repeat(500_000));
			DocumentReader.read("12-QĐ/".repeat(150_000));
			DocumentReader.read("\n".repeat(1_000_000));
			DocumentReader.read("ĐĐ ".repeat(300_000));
		});
	}

	/**
	 * Shapes that were hot while profiling: numbered lines just past the longest heading,
	 * month and quarter deadlines behind trigger words (many deadlines: the overlap check
	 * was quadratic), dates behind many trigger-like words, kind words repeated before
	 * numbers.
	 */
	@Test
	void hotShapesFromProfilingStayFast() {
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			DocumentReader.read(("1.1. Phòng " + "a".repeat(230) + "\n").repeat(2_000));
			DocumentReader.read("hoàn thành trong tháng 5 ".repeat(20_000));
			DocumentReader.read("chậm nhất trong quý I/2024 ".repeat(20_000));
			DocumentReader.read("Thời hạn trước Hạn chót trong ngày 15/3 ".repeat(12_000));
			DocumentReader.read("Quyết định Công văn số 1/QĐ-UB ".repeat(15_000));
		});
	}

	private static String adversarial(int size, long seed) {
		Random random = new Random(seed);
		StringBuilder sb = new StringBuilder(size + 64);
		while (sb.length() < size) {
			sb.append(PIECES[random.nextInt(PIECES.length)]);
		}
		return sb.substring(0, size);
	}

}
