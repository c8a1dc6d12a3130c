package vn.vanthu.directory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Last uses of API tokens, kept in memory and written in one pass per minute
 * ({@code vanthu.api-tokens.last-used-flush}) and at shutdown: a token used a thousand
 * times a minute costs one update a minute, not a write per request.
 */
@Component
class ApiTokenUses {

	private final ConcurrentHashMap<ApiTokenId, Instant> pending = new ConcurrentHashMap<>();

	private final ApiTokenRepository repository;

	ApiTokenUses(ApiTokenRepository repository) {
		this.repository = repository;
	}

	void used(ApiTokenId id, Instant at) {
		this.pending.merge(id, at, (a, b) -> a.isAfter(b) ? a : b);
	}

	/** A use not yet written, if any. */
	Instant pending(ApiTokenId id) {
		return this.pending.get(id);
	}

	@Scheduled(fixedDelayString = "${vanthu.api-tokens.last-used-flush:PT1M}",
			initialDelayString = "${vanthu.api-tokens.last-used-flush:PT1M}")
	@PreDestroy
	void flush() {
		if (this.pending.isEmpty()) {
			return;
		}
		Map<ApiTokenId, Instant> batch = new HashMap<>();
		for (ApiTokenId id : this.pending.keySet()) {
			Instant at = this.pending.remove(id);
			if (at != null) {
				batch.put(id, at);
			}
		}
		try {
			this.repository.recordUses(batch);
		}
		catch (RuntimeException ex) {
			// the database is away (or shutting down): keep the uses for the next pass
			batch.forEach(this::used);
		}
	}

}
