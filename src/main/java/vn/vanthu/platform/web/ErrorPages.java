package vn.vanthu.platform.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that no controller answered itself (an unknown page, a denial, an exception
 * escaping a page, a request the servlet container refused, an upload too large): a page
 * in the reader's language for browsers, an RFC 9457 problem detail for everyone else.
 * Replaces Spring Boot's Whitelabel page and its {@code {timestamp, error, path}} JSON;
 * internal exception messages are never shown.
 */
@Controller
@ConditionalOnWebApplication // commands (reindex, import, restore) have no servlet
								// container
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

	private final MultipartProperties uploads;

	ErrorPages(MultipartProperties uploads) {
		this.uploads = uploads;
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpStatus status = status(request);
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		// only details written for people (a Problem's Vietnamese detail), never an
		// exception's internal message
		model.addAttribute("message", (status.is5xxServerError()) ? null : readableDetail(request));
		model.addAttribute("maxUpload", megabytes(this.uploads.getMaxFileSize()));
		return "error";
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status, request));
		problem.setType(URI.create("urn:vanthu:problem:" + slug(status)));
		problem.setTitle(title(status));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path) {
			problem.setInstance(URI.create(path));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String detail(HttpStatus status, HttpServletRequest request) {
		String readable = status.is5xxServerError() ? null : readableDetail(request);
		if (readable != null) {
			return readable;
		}
		return switch (status) {
			case NOT_FOUND -> "Không có địa chỉ hoặc tài nguyên này.";
			case METHOD_NOT_ALLOWED -> "Địa chỉ này không nhận phương thức " + request.getMethod() + ".";
			case PAYLOAD_TOO_LARGE -> "Yêu cầu quá lớn: mỗi tệp tối đa " + megabytes(this.uploads.getMaxFileSize())
					+ ", cả yêu cầu tối đa " + megabytes(this.uploads.getMaxRequestSize()) + ", tên tệp tối đa "
					+ UploadChecks.MAX_NAME + " ký tự.";
			case BAD_REQUEST -> "Yêu cầu không hợp lệ (sai cú pháp, tham số hoặc tiêu đề).";
			case UNAUTHORIZED -> "Cần đăng nhập để dùng địa chỉ này.";
			case FORBIDDEN -> "Tài khoản của bạn không có quyền thực hiện thao tác này.";
			case UNSUPPORTED_MEDIA_TYPE -> "Kiểu nội dung (Content-Type) của yêu cầu không được hỗ trợ.";
			default -> status.is5xxServerError() ? "Hệ thống gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại sau."
					: "Yêu cầu không thực hiện được (" + status.value() + ").";
		};
	}

	/** The detail of a Vanthu problem that ended here (thrown by a page). */
	private static String readableDetail(HttpServletRequest request) {
		Object ex = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (ex == null) {
			ex = request.getAttribute("org.springframework.web.servlet.DispatcherServlet.EXCEPTION");
		}
		if (ex instanceof vn.vanthu.platform.Problem problem) {
			return problem.getBody().getDetail();
		}
		return null;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object ex = request.getAttribute("org.springframework.web.servlet.DispatcherServlet.EXCEPTION");
		if (ex instanceof ErrorResponse response && code == null) {
			code = response.getStatusCode().value();
		}
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String megabytes(DataSize size) {
		return size.toMegabytes() + " MB";
	}

	private static String slug(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "not-found";
			case PAYLOAD_TOO_LARGE -> "too-large";
			case FORBIDDEN -> "forbidden";
			case UNAUTHORIZED -> "unauthenticated";
			case BAD_REQUEST -> "invalid";
			default -> status.is5xxServerError() ? "internal" : "http-" + status.value();
		};
	}

	private static String title(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "Không tìm thấy";
			case PAYLOAD_TOO_LARGE -> "Quá lớn";
			case FORBIDDEN -> "Không có quyền";
			case UNAUTHORIZED -> "Chưa đăng nhập";
			case BAD_REQUEST -> "Dữ liệu không hợp lệ";
			case CONFLICT -> "Xung đột";
			default -> status.is5xxServerError() ? "Lỗi hệ thống" : "Yêu cầu không thực hiện được";
		};
	}

}
