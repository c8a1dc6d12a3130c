package vn.vanthu.document;

import java.util.List;

/**
 * Published inside the transaction that created documents (one upload, or a batch of an
 * import), so listeners (the search outbox) write in the same transaction, with one
 * statement for the whole batch if they like.
 *
 * @param documents the new documents with their revisions, in the order created
 */
public record DocumentStored(List<Revision> documents) {

	public DocumentStored {
		documents = List.copyOf(documents);
	}

	/**
	 * A new document and its revision.
	 *
	 * @param id the document
	 * @param revision its revision
	 */
	public record Revision(DocumentId id, long revision) {
	}

}
