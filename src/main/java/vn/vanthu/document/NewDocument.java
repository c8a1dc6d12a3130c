package vn.vanthu.document;

import java.util.Set;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.text.Secrecy;

/**
 * What {@link Documents#create} needs. The text, when given, is read by the text module:
 * its number, kind, issuer, date, subject, citations and assignments are stored, and
 * non-null metadata given here wins over what the text says.
 *
 * @param metadata metadata given by the caller (null fields are read from the text)
 * @param origin where it came from
 * @param status its status
 * @param recipients recipient units (their members may read it)
 * @param isPublic readable by all users (ignored when secret)
 * @param secrecy the secrecy mark; {@code null} takes the mark read from the text
 * @param file the stored file of version 1, or {@code null} for a document without file
 * @param fileName the file's name
 * @param text the extracted text (any normal form; stored NFC), or {@code null}
 * @param extraction the extraction outcome
 * @param createdBy the acting user, or {@code null}
 */
public record NewDocument(DocumentMetadata metadata, DocumentOrigin origin, DocumentStatus status,
		Set<UnitCode> recipients, boolean isPublic, Secrecy secrecy, StoredFile file, String fileName, String text,
		Extraction extraction, String createdBy) {

	public NewDocument {
		metadata = metadata == null ? DocumentMetadata.empty() : metadata;
		recipients = Set.copyOf(recipients == null ? Set.of() : recipients);
		extraction = extraction == null ? Extraction.pending() : extraction;
	}

}
