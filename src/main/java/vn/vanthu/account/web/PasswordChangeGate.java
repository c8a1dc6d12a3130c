package vn.vanthu.account.web;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.vanthu.account.Passwords;

/**
 * A person whose password an administrator reset can do nothing but change it: pages
 * redirect to {@code /account/password}, the API answers 403
 * {@code password-change-required}. Runs after Spring Security (a plain filter bean), so
 * the login is known.
 */
@Component
class PasswordChangeGate extends OncePerRequestFilter {

	private static final Set<String> OPEN = Set.of("/account/password", "/api/account/password", "/logout", "/login",
			"/error");

	private final Passwords passwords;

	private final ObjectMapper json;

	PasswordChangeGate(Passwords passwords, ObjectMapper json) {
		this.passwords = passwords;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN.contains(path) || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication login = SecurityContextHolder.getContext().getAuthentication();
		if (login == null || login instanceof AnonymousAuthenticationToken || !login.isAuthenticated()
				|| !this.passwords.mustChange(login.getName())) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"Quản trị viên đã đặt lại mật khẩu của bạn: hãy đổi mật khẩu (POST /api/account/password)"
							+ " trước khi dùng API.");
			problem.setType(URI.create("urn:vanthu:problem:password-change-required"));
			problem.setTitle("Cần đổi mật khẩu");
			problem.setInstance(URI.create(request.getRequestURI()));
			response.setStatus(HttpStatus.FORBIDDEN.value());
			response.setCharacterEncoding("UTF-8");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), problem);
			return;
		}
		response.sendRedirect(request.getContextPath() + "/account/password?required");
	}

}
