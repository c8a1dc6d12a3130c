package vn.vanthu.ops;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A gauge's count is asked at most once per period and survives a failed count. */
class CachedFigureTests {

	final AtomicLong now = new AtomicLong();

	final AtomicLong asked = new AtomicLong();

	@Test
	void countIsReusedUntilItIsOlderThanTheMaximumAge() {
		CachedFigure figure = new CachedFigure("rows", this.asked::incrementAndGet, Duration.ofSeconds(30),
				this.now::get);
		assertThat(figure.value()).isEqualTo(1);
		this.now.addAndGet(Duration.ofSeconds(29).toNanos());
		assertThat(figure.value()).isEqualTo(1);
		assertThat(figure.value()).isEqualTo(1);
		this.now.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(figure.value()).isEqualTo(2);
		assertThat(this.asked).hasValue(2);
	}

	@Test
	void aFailedCountKeepsTheLastValueAndIsTriedAgainNextPeriod() {
		AtomicLong calls = new AtomicLong();
		CachedFigure figure = new CachedFigure("rows", () -> {
			if (calls.incrementAndGet() == 2) {
				throw new IllegalStateException("database away");
			}
			return 40 + calls.get();
		}, Duration.ofSeconds(30), this.now::get);
		assertThat(figure.value()).isEqualTo(41);
		this.now.addAndGet(Duration.ofSeconds(30).toNanos());
		assertThat(figure.value()).isEqualTo(41);
		this.now.addAndGet(Duration.ofSeconds(30).toNanos());
		assertThat(figure.value()).isEqualTo(43);
	}

	@Test
	void aFigureNeverCountedReadsNotANumber() {
		CachedFigure figure = new CachedFigure("rows", () -> {
			throw new IllegalStateException("database away");
		}, Duration.ofSeconds(30), this.now::get);
		assertThat(figure.value()).isNaN();
	}

}
