package vn.vanthu.search;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The index's backlog in {@code /actuator/health} ("searchBacklog"): {@code DEGRADED}
 * while a change has waited for the index longer than
 * {@link SearchSettings#backlogThreshold()} (search answers, but misses recent changes),
 * {@code UP} otherwise; the details give the waiting and set-aside documents. Whether
 * Elasticsearch itself answers is the platform's "elasticsearch" indicator.
 */
@Component("searchBacklog")
class SearchBacklogHealth extends AbstractHealthIndicator {

	/** Search works but lags behind the library. */
	static final Status DEGRADED = new Status("DEGRADED", "changes wait for the search index");

	private final Outbox outbox;

	private final SetAsideDocuments setAside;

	private final SearchSettings settings;

	SearchBacklogHealth(Outbox outbox, SetAsideDocuments setAside, SearchSettings settings) {
		super("Search backlog check failed");
		this.outbox = outbox;
		this.setAside = setAside;
		this.settings = settings;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Optional<OffsetDateTime> oldest = this.outbox.oldestWaiting();
		Duration waited = oldest.map((t) -> Duration.between(t.toInstant(), Instant.now())).orElse(Duration.ZERO);
		builder.status(waited.compareTo(this.settings.backlogThreshold()) > 0 ? DEGRADED : Status.UP)
			.withDetail("pending", this.outbox.pendingDocuments())
			.withDetail("failed", this.setAside.count())
			.withDetail("oldestWaitSeconds", waited.toSeconds())
			.withDetail("thresholdSeconds", this.settings.backlogThreshold().toSeconds());
	}

}
