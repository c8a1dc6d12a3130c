package vn.vanthu.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Reports the search cluster's health. Uses the cluster health API because the minimal
 * distribution answers 405 to {@code GET /}, which makes the client's ping fail.
 */
@Component("elasticsearch")
class ElasticsearchHealth extends AbstractHealthIndicator {

	private final ElasticsearchClient client;

	ElasticsearchHealth(ElasticsearchClient client) {
		super("Elasticsearch health check failed");
		this.client = client;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		HealthResponse health = this.client.cluster().health();
		builder.status((health.status() == HealthStatus.Red) ? "DOWN" : "UP")
			.withDetail("cluster", health.clusterName())
			.withDetail("status", health.status().jsonValue())
			.withDetail("nodes", health.numberOfNodes());
	}

}
