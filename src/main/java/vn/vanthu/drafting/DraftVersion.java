package vn.vanthu.drafting;

import java.time.Instant;

/**
 * One uploaded version of a draft, "Dự thảo lần NN".
 *
 * @param versionNo 1, 2, …
 * @param fileSha256 the stored file
 * @param fileName the uploaded file name
 * @param contentType the media type
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record DraftVersion(int versionNo, String fileSha256, String fileName, String contentType, String uploadedBy,
		Instant uploadedAt) {

	/** "Dự thảo lần 01". */
	public String label() {
		return "Dự thảo lần %02d".formatted(this.versionNo);
	}

}
