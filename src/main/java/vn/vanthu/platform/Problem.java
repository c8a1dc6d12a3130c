package vn.vanthu.platform;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A business error that reaches the user: rendered as an RFC 9457 problem detail by the
 * API and as a message by the pages. The title and detail are in Vietnamese and say what
 * to do; the type is a stable URN ({@code urn:vanthu:problem:<slug>}) that clients may
 * switch on.
 */
public class Problem extends ErrorResponseException {

	private final String slug;

	public Problem(HttpStatus status, String slug, String title, String detail) {
		super(status, problem(status, slug, title, detail), null);
		this.slug = slug;
	}

	public static Problem notFound(String slug, String detail) {
		return new Problem(HttpStatus.NOT_FOUND, slug, "Không tìm thấy", detail);
	}

	public static Problem badRequest(String slug, String detail) {
		return new Problem(HttpStatus.BAD_REQUEST, slug, "Dữ liệu không hợp lệ", detail);
	}

	public static Problem forbidden(String slug, String detail) {
		return new Problem(HttpStatus.FORBIDDEN, slug, "Không có quyền", detail);
	}

	public static Problem conflict(String slug, String detail) {
		return new Problem(HttpStatus.CONFLICT, slug, "Xung đột", detail);
	}

	/** Adds a machine-readable property (e.g. a deadline) to the problem detail. */
	public Problem with(String name, Object value) {
		getBody().setProperty(name, value);
		return this;
	}

	public String slug() {
		return this.slug;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

	private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setType(URI.create("urn:vanthu:problem:" + slug));
		body.setTitle(title);
		return body;
	}

}
