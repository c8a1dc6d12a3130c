package vn.vanthu.search;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A bulk load slows the write index's refresh, and every way out restores it. */
@VanthuIntegrationTest
class BulkLoadingTests {

	@Autowired
	BulkLoading bulkLoading;

	@Autowired
	RestClient rest;

	@Autowired
	SearchSettings settings;

	@Autowired
	ObjectMapper json;

	@Test
	void refreshIsSlowedDuringABulkLoadAndRestoredAfter() throws IOException {
		try (BulkLoading.Session session = this.bulkLoading.open()) {
			assertThat(refreshInterval()).isEqualTo(BulkLoading.BULK_REFRESH);
		}
		assertThat(refreshInterval()).isEqualTo("1s");
	}

	@Test
	void aLoadThatNeverClosedIsUndoneAtTheNextStart() throws IOException {
		this.bulkLoading.open(); // as if the import process had been killed
		assertThat(refreshInterval()).isEqualTo(BulkLoading.BULK_REFRESH);
		this.bulkLoading.restoreAfterCrash();
		assertThat(refreshInterval()).isEqualTo("1s");
	}

	private String refreshInterval() throws IOException {
		Request get = new Request("GET", "/" + this.settings.writeAlias() + "/_settings/index.refresh_interval");
		JsonNode indices = this.json.readTree(this.rest.performRequest(get).getEntity().getContent());
		String found = null;
		for (JsonNode index : indices) {
			found = index.path("settings").path("index").path("refresh_interval").asText(null);
		}
		return found;
	}

}
