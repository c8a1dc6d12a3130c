package vn.vanthu.followup;

/**
 * Evidence of a report: an uploaded file (by its SHA-256 in the stored files) or a
 * document of the library.
 *
 * @param sha256 the stored file, or {@code null}
 * @param fileName the uploaded file's name, or {@code null}
 * @param documentId the library document, or {@code null}
 */
public record Evidence(String sha256, String fileName, Long documentId) {

	public static Evidence file(String sha256, String fileName) {
		return new Evidence(sha256, fileName, null);
	}

	public static Evidence document(long documentId) {
		return new Evidence(null, null, documentId);
	}

}
