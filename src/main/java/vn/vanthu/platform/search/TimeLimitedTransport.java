package vn.vanthu.platform.search;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.ConnectionClosedException;
import org.apache.http.NoHttpResponseException;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.conn.ConnectTimeoutException;
import org.elasticsearch.client.RequestOptions;

import vn.vanthu.platform.SearchUnavailableException;

/**
 * The client's transport with a time-out per kind of request ({@link SearchTimeouts}):
 * searches and the cluster health wait briefly, everything else the long time-out of the
 * low-level client. A request that fails because the server is unreachable or silent
 * throws {@link SearchUnavailableException}.
 */
final class TimeLimitedTransport implements ElasticsearchTransport {

	/** Endpoint ids that a person waits for. */
	private static final Set<String> SEARCHES = Set.of("search", "msearch", "count", "get", "mget", "search_template");

	private final RestClientTransport delegate;

	private final SearchTimeouts timeouts;

	TimeLimitedTransport(RestClientTransport delegate, SearchTimeouts timeouts) {
		this.delegate = delegate;
		this.timeouts = timeouts;
	}

	@Override
	public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
			Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
		Duration timeout = timeoutOf(endpoint.id());
		try {
			return this.delegate.performRequest(request, endpoint, limited(options, timeout));
		}
		catch (IOException ex) {
			String url = this.delegate.restClient().getNodes().toString();
			throw unavailable(ex, url, timeout).map(IOException.class::cast).orElse(ex);
		}
	}

	@Override
	public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
			Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
		return this.delegate.performRequestAsync(request, endpoint, limited(options, timeoutOf(endpoint.id())));
	}

	/** The time-out for an endpoint id, e.g. {@code es/search}. */
	private Duration timeoutOf(String id) {
		String endpoint = id.startsWith("es/") ? id.substring(3) : id;
		if (SEARCHES.contains(endpoint)) {
			return this.timeouts.search();
		}
		return "cluster.health".equals(endpoint) ? this.timeouts.health() : this.timeouts.other();
	}

	/**
	 * The caller's options (or the transport's) with the given time-out to answer, and to
	 * get a pooled connection (with a silent server, the pool fills up).
	 */
	private TransportOptions limited(TransportOptions options, Duration timeout) {
		TransportOptions given = (options != null) ? options : this.delegate.options();
		if (!(given instanceof RestClientOptions base)) {
			return options;
		}
		RequestConfig.Builder config = (base.restClientRequestOptions().getRequestConfig() != null)
				? RequestConfig.copy(base.restClientRequestOptions().getRequestConfig()) : RequestConfig.custom();
		config.setConnectTimeout((int) this.timeouts.connect().toMillis())
			.setSocketTimeout((int) timeout.toMillis())
			.setConnectionRequestTimeout((int) timeout.toMillis());
		RequestOptions limited = base.restClientRequestOptions().toBuilder().setRequestConfig(config.build()).build();
		return new RestClientOptions(limited, base.keepResponseBodyOnException());
	}

	@Override
	public JsonpMapper jsonpMapper() {
		return this.delegate.jsonpMapper();
	}

	@Override
	public TransportOptions options() {
		return this.delegate.options();
	}

	@Override
	public void close() throws IOException {
		this.delegate.close();
	}

	/**
	 * What the client's exception means, when it says that the server is unreachable or
	 * silent: a connection refused, reset or timed out, or a read time-out.
	 * @param timeout the time-out of the request, for the message
	 */
	static Optional<SearchUnavailableException> unavailable(Throwable ex, String url, Duration timeout) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof SearchUnavailableException unavailable) {
				return Optional.of(unavailable);
			}
			if (cause instanceof SocketTimeoutException) {
				return Optional.of(new SearchUnavailableException(SearchUnavailableException.Reason.TIMED_OUT,
						"Elasticsearch at " + url + " did not answer within " + timeout.toMillis() + " ms", ex));
			}
			if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException
					|| cause instanceof NoRouteToHostException || cause instanceof ConnectionClosedException
					|| cause instanceof NoHttpResponseException || cause instanceof SocketException) {
				return Optional.of(new SearchUnavailableException(SearchUnavailableException.Reason.UNREACHABLE,
						"Elasticsearch at " + url + " is unreachable (" + cause.getMessage() + ")", ex));
			}
		}
		return Optional.empty();
	}

}
