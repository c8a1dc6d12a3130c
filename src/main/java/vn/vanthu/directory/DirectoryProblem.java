package vn.vanthu.directory;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error of the directory that reaches the user, as an RFC 9457 problem detail
 * ({@code urn:vanthu:problem:<slug>}, Vietnamese title and detail). The directory cannot
 * use the platform's {@code Problem}: the platform's security depends on the directory.
 */
public class DirectoryProblem extends ErrorResponseException {

	public DirectoryProblem(HttpStatus status, String slug, String title, String detail) {
		super(status, body(status, slug, title, detail), null);
	}

	public static DirectoryProblem badRequest(String slug, String detail) {
		return new DirectoryProblem(HttpStatus.BAD_REQUEST, slug, "Dữ liệu không hợp lệ", detail);
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

	private static ProblemDetail body(HttpStatus status, String slug, String title, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setType(URI.create("urn:vanthu:problem:" + slug));
		body.setTitle(title);
		return body;
	}

}
