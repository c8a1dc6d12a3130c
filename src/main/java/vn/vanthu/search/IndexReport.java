package vn.vanthu.search;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.vanthu.document.DocumentId;
import vn.vanthu.document.Documents;

/** Counts the library, the index, the waiting changes and the documents set aside. */
@Service
public class IndexReport {

	/** Set-aside documents listed at most. */
	static final int LISTED = 100;

	private final Documents documents;

	private final SearchIndex index;

	private final Outbox outbox;

	private final SetAsideDocuments setAside;

	private final BulkWriter writer;

	IndexReport(Documents documents, SearchIndex index, Outbox outbox, SetAsideDocuments setAside, BulkWriter writer) {
		this.documents = documents;
		this.index = index;
		this.outbox = outbox;
		this.setAside = setAside;
		this.writer = writer;
	}

	public IndexStatus status() {
		Long indexed = null;
		String error = null;
		try {
			indexed = this.index.count();
		}
		catch (Exception ex) {
			error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		List<IndexStatus.SetAside> listed = this.setAside.list(LISTED)
			.stream()
			.map((e) -> new IndexStatus.SetAside(e.documentId(),
					this.documents.find(new DocumentId(e.documentId())).map((d) -> d.number()).orElse(null),
					e.revision(), e.reason(), e.since()))
			.toList();
		return new IndexStatus(this.documents.count(), indexed, this.outbox.pendingDocuments(), this.setAside.count(),
				this.outbox.oldestWaiting().orElse(null), this.writer.largestRequestBytes(), listed, error);
	}

}
