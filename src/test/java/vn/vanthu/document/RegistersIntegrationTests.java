package vn.vanthu.document;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.directory.UnitCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Register numbers: per unit, year, series and direction; no duplicates and no gaps. */
@VanthuIntegrationTest
class RegistersIntegrationTests {

	@Autowired
	Registers registers;

	@Autowired
	TransactionTemplate transactions;

	private final UnitCode unit = UnitCode.of("XA-BATIEU");

	/** Unique per test: the database may be shared with earlier runs. */
	private final String series = "T" + System.nanoTime();

	@Test
	void concurrentCallersGetEveryNumberExactlyOnce() throws Exception {
		int year = 3001;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				calls.add(() -> this.registers.next(this.unit, year, this.series, RegisterDirection.OUTGOING));
			}
			List<Integer> numbers = new ArrayList<>();
			for (Future<Integer> f : pool.invokeAll(calls)) {
				numbers.add(f.get());
			}
			assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void numbersRestartEachYearAndAreSeparatePerSeriesAndDirection() {
		assertThat(this.registers.next(this.unit, 3002, this.series, RegisterDirection.OUTGOING)).isEqualTo(1);
		assertThat(this.registers.next(this.unit, 3002, this.series, RegisterDirection.OUTGOING)).isEqualTo(2);
		assertThat(this.registers.next(this.unit, 3003, this.series, RegisterDirection.OUTGOING)).isEqualTo(1);
		assertThat(this.registers.next(this.unit, 3002, this.series + "-MAT", RegisterDirection.OUTGOING)).isEqualTo(1);
		assertThat(this.registers.next(this.unit, 3002, this.series, RegisterDirection.INCOMING)).isEqualTo(1);
		assertThat(this.registers.next(UnitCode.of("XA-BATIEU-VP"), 3002, this.series, RegisterDirection.OUTGOING))
			.isEqualTo(1);
	}

	@Test
	void aRolledBackIssueGivesItsNumberBack() {
		assertThat(this.registers.next(this.unit, 3004, this.series, RegisterDirection.OUTGOING)).isEqualTo(1);
		assertThatIllegalStateException().isThrownBy(() -> this.transactions.executeWithoutResult((tx) -> {
			assertThat(this.registers.next(this.unit, 3004, this.series, RegisterDirection.OUTGOING)).isEqualTo(2);
			throw new IllegalStateException("crash while issuing");
		}));
		assertThat(this.registers.next(this.unit, 3004, this.series, RegisterDirection.OUTGOING)).isEqualTo(2);
	}

}
