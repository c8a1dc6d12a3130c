package vn.vanthu.platform.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

import vn.vanthu.directory.ApiTokens;

/**
 * {@code Authorization: Bearer vt_…} on the APIs ({@code /api/**},
 * {@code /engine-rest/**} and the engine web apps' {@code /camunda/api/**}), through
 * Spring Security's own {@link AuthenticationFilter}: the authentication lives in the
 * request only, so a token request creates no session. A bad token is a 401 problem
 * detail, never a fall-back to anonymous; a token in the query string is refused with 400
 * (URLs end up in logs and browser histories).
 */
@Component
class BearerTokenAuthentication {

	static final RequestMatcher TOKEN_PATHS = new OrRequestMatcher(SecurityConfig.API,
			new AntPathRequestMatcher("/camunda/api/**"));

	private final ApiTokens tokens;

	private final ProblemAuthenticationEntryPoint problems;

	BearerTokenAuthentication(ApiTokens tokens, ProblemAuthenticationEntryPoint problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	/** A new filter for the security chain (not a bean: it must not run outside it). */
	AuthenticationFilter filter() {
		AuthenticationFilter filter = new AuthenticationFilter(this::authenticate, BearerTokenAuthentication::convert);
		filter.setRequestMatcher(TOKEN_PATHS);
		filter.setSuccessHandler((request, response, authentication) -> {
		});
		filter.setFailureHandler(this::refuse);
		return filter;
	}

	private Authentication authenticate(Authentication presented) {
		String token = (String) presented.getCredentials();
		return this.tokens.authenticate(token)
			.map((user) -> UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))
			.orElseThrow(() -> new BadCredentialsException("invalid token"));
	}

	private static Authentication convert(HttpServletRequest request) {
		// the query string only: reading parameters would consume a form or multipart
		// body
		String query = request.getQueryString();
		if (query != null) {
			for (String pair : query.split("&")) {
				int eq = pair.indexOf('=');
				String name = URLDecoder.decode((eq < 0) ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
				String value = (eq < 0) ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				if (name.equalsIgnoreCase("access_token") || ApiTokens.looksLikeToken(value)) {
					throw new TokenInUrl();
				}
			}
		}
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		return new BearerToken(header.substring(7).strip());
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof TokenInUrl) {
			this.problems.write(request, response, HttpStatus.BAD_REQUEST, "token-in-url",
					"Mã truy cập trong địa chỉ URL",
					"Không nhận mã truy cập API trong địa chỉ URL: gửi nó trong tiêu đề Authorization: Bearer."
							+ " Hãy thu hồi mã này, vì địa chỉ URL được ghi lại trong nhật ký.");
			return;
		}
		response.setHeader("WWW-Authenticate", "Bearer realm=\"Vanthu\", error=\"invalid_token\"");
		this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "invalid-token", "Mã truy cập không hợp lệ",
				"Mã truy cập API không hợp lệ, đã hết hạn, đã bị thu hồi hoặc tài khoản đã bị khóa.");
	}

	/** A presented, not yet verified, bearer token. */
	private static final class BearerToken extends AbstractAuthenticationToken {

		private final String token;

		BearerToken(String token) {
			super(AuthorityUtils.NO_AUTHORITIES);
			this.token = token;
		}

		@Override
		public Object getCredentials() {
			return this.token;
		}

		@Override
		public Object getPrincipal() {
			return null;
		}

	}

	private static final class TokenInUrl extends AuthenticationException {

		TokenInUrl() {
			super("API token in the URL");
		}

	}

}
