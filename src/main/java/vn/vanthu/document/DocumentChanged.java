package vn.vanthu.document;

/**
 * Published inside the transaction that changed a document (metadata, version, text,
 * access, status or citation resolution).
 *
 * @param id the document
 * @param revision its new revision
 */
public record DocumentChanged(DocumentId id, long revision) {

}
