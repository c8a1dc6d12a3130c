package vn.vanthu.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.vanthu.platform.VanthuProperties;

/**
 * The Elasticsearch client: to {@code vanthu.search.url} when set, otherwise to the
 * managed server started on demand. The low-level client is closed with the context, or
 * the JVM would stay alive. Requests have time-outs ({@link SearchTimeouts}) and fail
 * with {@link SearchUnavailableException} when the server is unreachable or silent.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfig {

	@Bean(destroyMethod = "close")
	RestClient elasticsearchRestClient(SearchProperties search, VanthuProperties vanthu, SearchTimeouts timeouts) {
		String url = search.isManaged()
				? ManagedElasticsearch.shared(search.managed(), vanthu.dataPath("elasticsearch")).url() : search.url();
		RestClientBuilder builder = RestClient.builder(HttpHost.create(url))
			.setRequestConfigCallback((config) -> config.setConnectTimeout((int) timeouts.connect().toMillis())
				.setSocketTimeout((int) timeouts.other().toMillis()));
		if (search.username() != null && !search.username().isBlank()) {
			BasicCredentialsProvider credentials = new BasicCredentialsProvider();
			credentials.setCredentials(AuthScope.ANY,
					new UsernamePasswordCredentials(search.username(), search.password()));
			builder.setHttpClientConfigCallback((http) -> http.setDefaultCredentialsProvider(credentials));
		}
		return builder.build();
	}

	@Bean
	ElasticsearchClient elasticsearchClient(RestClient restClient, ObjectMapper json, SearchTimeouts timeouts) {
		return new ElasticsearchClient(new TimeLimitedTransport(
				new RestClientTransport(restClient, new JacksonJsonpMapper(json.copy())), timeouts));
	}

}
