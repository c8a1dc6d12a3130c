package vn.vanthu.document;

/**
 * Published inside the transaction that created a document, so listeners (the search
 * outbox) write in the same transaction.
 *
 * @param id the new document
 * @param revision its revision
 */
public record DocumentStored(DocumentId id, long revision) {

}
