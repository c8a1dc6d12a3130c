package vn.vanthu.platform.search;

import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import vn.vanthu.platform.SearchUnavailableException;
import vn.vanthu.platform.VanthuProperties;

/**
 * Reports the search cluster's health and, when it is down, why: the managed server is
 * stopped or being restarted (with its last exit code), nobody answers at its address, or
 * it does not answer within {@code vanthu.search.timeouts.health}. Uses the cluster
 * health API because the minimal distribution answers 405 to {@code GET /}, which makes
 * the client's ping fail.
 */
// named so that Spring Boot's own indicator (long time-out, no reason) backs off
@Component("elasticsearchHealthIndicator")
class ElasticsearchHealth extends AbstractHealthIndicator {

	private final ElasticsearchClient client;

	private final SearchTimeouts timeouts;

	private final Optional<ManagedElasticsearch> managed;

	ElasticsearchHealth(ElasticsearchClient client, SearchTimeouts timeouts, SearchProperties search,
			VanthuProperties vanthu) {
		super("Elasticsearch health check failed");
		this.client = client;
		this.timeouts = timeouts;
		// the client bean has started it already: this only looks it up
		this.managed = search.isManaged()
				? Optional.of(ManagedElasticsearch.shared(search.managed(), vanthu.dataPath("elasticsearch")))
				: Optional.empty();
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		if (this.managed.isPresent()) {
			ManagedElasticsearch.Status status = this.managed.get().status();
			builder.withDetail("managed", status.state().name().toLowerCase())
				.withDetail("restarts", status.restarts());
			if (status.lastExitCode() != null) {
				builder.withDetail("lastExitCode", status.lastExitCode());
			}
			if (status.state() != ManagedElasticsearch.State.RUNNING) {
				builder.down().withDetail("reason", reason(status));
				return;
			}
		}
		HealthResponse health;
		try {
			health = this.client.cluster().health();
		}
		catch (SearchUnavailableException ex) {
			builder.down()
				.withDetail("reason",
						(ex.reason() == SearchUnavailableException.Reason.TIMED_OUT)
								? "not answering within " + this.timeouts.health().toMillis() + " ms"
								: "unreachable: " + ex.getMessage());
			return;
		}
		builder.status((health.status() == HealthStatus.Red) ? "DOWN" : "UP")
			.withDetail("cluster", health.clusterName())
			.withDetail("status", health.status().jsonValue())
			.withDetail("nodes", health.numberOfNodes());
	}

	private static String reason(ManagedElasticsearch.Status status) {
		return switch (status.state()) {
			case RESTARTING -> "restarting after it exited with code " + status.lastExitCode()
					+ ((status.nextAttempt() != null) ? " (next attempt at " + status.nextAttempt() + ")" : "");
			case STARTING -> "starting";
			default -> "stopped";
		};
	}

}
