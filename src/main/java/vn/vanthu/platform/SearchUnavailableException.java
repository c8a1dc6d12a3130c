package vn.vanthu.platform;

import java.io.IOException;

/**
 * Elasticsearch could not be reached or did not answer in time: search is temporarily
 * unavailable (answered with 503 and a problem detail in the API, a message on pages). An
 * {@link IOException}, so that callers that already handle the client's I/O errors (the
 * indexer counts them and retries) keep doing so.
 */
public class SearchUnavailableException extends IOException {

	/** Why the server could not be used. */
	public enum Reason {

		/** Nobody listens (stopped, restarting) or the connection broke. */
		UNREACHABLE,
		/** Connected, but no answer within the time-out (frozen, overloaded). */
		TIMED_OUT

	}

	private final Reason reason;

	public SearchUnavailableException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
