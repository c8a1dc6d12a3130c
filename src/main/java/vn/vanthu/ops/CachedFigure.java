package vn.vanthu.ops;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A count that is asked again only when older than its maximum age, so that a gauge
 * scraped often costs one query per period. A count that fails keeps its last value (or
 * reads NaN before the first success), so a short database hiccup leaves no gap, and is
 * tried again at the next period.
 */
final class CachedFigure {

	private static final Logger log = LoggerFactory.getLogger(CachedFigure.class);

	private final String name;

	private final LongSupplier source;

	private final long maxAgeNanos;

	private final NanoClock clock;

	private double value = Double.NaN;

	private long readAt;

	private boolean read;

	CachedFigure(String name, LongSupplier source, Duration maxAge, NanoClock clock) {
		this.name = name;
		this.source = source;
		this.maxAgeNanos = maxAge.toNanos();
		this.clock = clock;
	}

	CachedFigure(String name, LongSupplier source, Duration maxAge) {
		this(name, source, maxAge, System::nanoTime);
	}

	/** The count, asked again when the cached one is older than the maximum age. */
	synchronized double value() {
		long now = this.clock.nanoTime();
		if (!this.read || now - this.readAt >= this.maxAgeNanos) {
			this.read = true;
			this.readAt = now;
			try {
				this.value = this.source.getAsLong();
			}
			catch (RuntimeException ex) {
				log.warn("Could not count {}: {}", this.name, ex.toString());
			}
		}
		return this.value;
	}

	/** Time source (tests move it by hand). */
	@FunctionalInterface
	interface NanoClock {

		long nanoTime();

	}

}
