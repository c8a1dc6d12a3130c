package vn.vanthu.document;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Serves a stored file so that it never runs in Vanthu's origin: the type is detected
 * from the bytes again ({@link FileTypes}: files stored before detection kept what their
 * uploader declared, and a declared type is never trusted), only PDF and raster images
 * may be shown inline, everything else is an attachment, and the response carries a
 * policy of its own that forbids scripts (the page's policy would allow Vanthu's own
 * scripts).
 */
public final class FileDownloads {

	/**
	 * For a file shown in the browser: nothing may load but the file itself. No
	 * {@code sandbox}: the browser's PDF viewer refuses to run in a sandboxed document.
	 */
	static final String INLINE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline';"
			+ " object-src 'self'; frame-ancestors 'self'";

	/** For a download, should a browser ever render it anyway. */
	static final String ATTACHMENT_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

	private FileDownloads() {
	}

	/**
	 * The file as a response.
	 * @param bytes the file's content
	 * @param fileName the name it is offered under
	 * @param inline whether the caller would like it shown in the browser: honoured for
	 * PDF and raster images only
	 */
	public static ResponseEntity<byte[]> of(byte[] bytes, String fileName, boolean inline) {
		String detected = FileTypes.detect(bytes);
		boolean shown = inline && FileTypes.inline(detected);
		ContentDisposition disposition = (shown ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename((fileName == null || fileName.isBlank()) ? "tep" : fileName, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("Content-Security-Policy", shown ? INLINE_POLICY : ATTACHMENT_POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(FileTypes.served(detected)))
			.body(bytes);
	}

	/** Whether a file with these bytes would be shown in the browser when asked. */
	public static boolean showsInline(byte[] bytes) {
		return FileTypes.inline(FileTypes.detect(bytes));
	}

}
