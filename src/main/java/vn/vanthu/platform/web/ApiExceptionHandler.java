package vn.vanthu.platform.web;

import java.net.URI;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns exceptions escaping REST controllers into RFC 9457 problem details with
 * Vietnamese titles. {@link vn.vanthu.platform.Problem} and Spring's own errors are
 * handled by the base class; the common Java exceptions thrown by services are mapped
 * here.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(NoSuchElementException.class)
	ProblemDetail notFound(NoSuchElementException ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy", ex.getMessage(), request);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "invalid", "Dữ liệu không hợp lệ", ex.getMessage(), request);
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail conflict(IllegalStateException ex, HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, "conflict", "Xung đột", ex.getMessage(), request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex, HttpServletRequest request) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Không có quyền",
				"Tài khoản của bạn không có quyền thực hiện thao tác này.", request);
	}

	private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail,
			HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:vanthu:problem:" + slug));
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

}
