package vn.vanthu.approval;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.DocumentId;

/**
 * Published in the issuing transaction when the clerk has numbered and issued a document:
 * dissemination starts from it.
 *
 * @param documentId the issued document
 * @param issuerUnit its issuer
 * @param number its number and symbol ("15/QĐ-UBND")
 * @param issuedBy the clerk
 */
public record DocumentIssued(DocumentId documentId, UnitCode issuerUnit, String number, String issuedBy) {

}
