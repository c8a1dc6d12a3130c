package vn.vanthu.platform.security;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers unauthenticated (401) and forbidden (403) API calls with RFC 9457 problem
 * details.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper json;

	ProblemAuthenticationEntryPoint(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof LoginLockedException locked) {
			// no WWW-Authenticate: trying again now cannot succeed
			write(request, response, HttpStatus.UNAUTHORIZED, "account-locked", "Tài khoản tạm khóa",
					"Tên đăng nhập này tạm khóa do đăng nhập sai nhiều lần, đến " + locked.until()
							+ " (UTC). Hãy thử lại sau hoặc nhờ quản trị viên mở khóa.");
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Vanthu\", charset=\"UTF-8\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Chưa đăng nhập",
				"Cần đăng nhập (HTTP Basic hoặc phiên đăng nhập) để dùng API này.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Không có quyền",
				"Tài khoản của bạn không có quyền thực hiện thao tác này.");
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug, String title,
			String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:vanthu:problem:" + slug));
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
