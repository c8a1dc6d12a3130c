package vn.vanthu.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What became of the documents handed to the index: written (or already there at a newer
 * revision), refused for a reason of their own (set aside), or to be tried again later
 * (the server was busy).
 */
final class BulkOutcome {

	final Set<Long> indexed = new LinkedHashSet<>();

	final Map<Long, SetAsideDocuments.Refusal> refused = new LinkedHashMap<>();

	/** Documents to try again, with the reason and revision. */
	final Map<Long, SetAsideDocuments.Refusal> retry = new LinkedHashMap<>();

	void refuse(long id, long revision, String reason) {
		this.refused.put(id, new SetAsideDocuments.Refusal(revision, reason));
	}

	void retry(long id, long revision, String reason) {
		this.retry.put(id, new SetAsideDocuments.Refusal(revision, reason));
	}

}
