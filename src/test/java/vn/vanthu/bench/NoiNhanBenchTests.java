package vn.vanthu.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the Nơi nhận measure (figures in docs/bench/noi-nhan.md) and holds its result: the
 * resolver must keep resolving at least the share it was measured at.
 */
class NoiNhanBenchTests {

	@Test
	void resolutionKeepsItsMeasuredShare() {
		NoiNhanBench.main(new String[0]);
		NoiNhanBench.Figures f = NoiNhanBench.measure();
		assertThat(f.lines()).isEqualTo(66);
		assertThat(f.before()).as("main before ADR 0017").isEqualTo(51);
		assertThat(f.after()).isGreaterThanOrEqualTo(62);
		assertThat(f.afterWithUnits()).isGreaterThanOrEqualTo(12);
	}

}
