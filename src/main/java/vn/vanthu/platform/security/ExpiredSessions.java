package vn.vanthu.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request carrying the cookie of a session that timed out
 * ({@code server.servlet.session.timeout}) and no other credentials: a page goes to
 * {@code /login?expired}, which says so, and comes back after the login; an API call gets
 * a 401 {@code session-expired} problem. Requests with Basic or a token are authenticated
 * before this is asked and are not affected by a stale cookie.
 */
@Component
class ExpiredSessions implements InvalidSessionStrategy {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final ProblemAuthenticationEntryPoint problems;

	private final RequestCache requests = new HttpSessionRequestCache();

	ExpiredSessions(ProblemAuthenticationEntryPoint problems) {
		this.problems = problems;
	}

	/**
	 * A new filter for the security chain, after the anonymous one: Spring Security's own
	 * session management filter would also store every Basic login in a new session.
	 */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Authentication login = SecurityContextHolder.getContext().getAuthentication();
				if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
						&& (login == null || ExpiredSessions.this.trust.isAnonymous(login))) {
					onInvalidSessionDetected(request, response);
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	@Override
	public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (SecurityConfig.API.matches(request)) {
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "session-expired", "Phiên đã hết hạn",
					"Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.");
			return;
		}
		// a new session holds the page asked for, to return to it after the login
		request.getSession(true);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if ("GET".equals(request.getMethod()) && !path.equals("/login") && !path.matches("/(css|js|img|error)\\b.*")) {
			this.requests.saveRequest(request, response);
		}
		response.sendRedirect(request.getContextPath() + "/login?expired");
	}

}
