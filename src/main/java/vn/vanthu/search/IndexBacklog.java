package vn.vanthu.search;

import org.springframework.stereotype.Service;

/**
 * The index's backlog as two numbers, without asking Elasticsearch: documents with a
 * change waiting in the outbox and documents set aside. Both count small tables (the
 * outbox holds only what is not indexed yet), so operations may poll them.
 */
@Service
public class IndexBacklog {

	private final Outbox outbox;

	private final SetAsideDocuments setAside;

	IndexBacklog(Outbox outbox, SetAsideDocuments setAside) {
		this.outbox = outbox;
		this.setAside = setAside;
	}

	/** Documents with a change waiting for the index. */
	public long pendingDocuments() {
		return this.outbox.pendingDocuments();
	}

	/** Documents the index refused, set aside until a rebuild. */
	public long setAsideDocuments() {
		return this.setAside.count();
	}

}
