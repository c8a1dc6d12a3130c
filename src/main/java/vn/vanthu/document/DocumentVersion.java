package vn.vanthu.document;

import java.time.Instant;

/**
 * One version of a document: a stored file, numbered from 1.
 *
 * @param number the version number
 * @param file the stored file
 * @param fileName the name it was uploaded under
 * @param createdBy who added it (a username), or {@code null} for imports
 * @param createdAt when
 */
public record DocumentVersion(int number, StoredFile file, String fileName, String createdBy, Instant createdAt) {

}
