package vn.vanthu.document;

/**
 * A file kept by content: the same bytes uploaded twice are one stored file.
 *
 * @param sha256 the lower-case hex SHA-256 of the content, which is also its id
 * @param size the length in bytes
 * @param contentType the media type detected from the bytes ({@link FileTypes}) at first
 * upload; files stored before detection keep what their uploader declared, or
 * {@code null}
 */
public record StoredFile(String sha256, long size, String contentType) {

}
