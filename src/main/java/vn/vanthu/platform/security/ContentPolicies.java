package vn.vanthu.platform.security;

import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The Content-Security-Policy of Vanthu's pages and API: scripts, styles, images and
 * fonts from Vanthu itself only, no inline script or style (the pages keep theirs in
 * {@code /js} and {@code /css}), no plugins, forms posted to Vanthu only, framed only by
 * Vanthu. Stored files served by {@link vn.vanthu.document.FileDownloads} carry a
 * stricter policy of their own.
 *
 * <p>
 * The engine's web apps ({@code /camunda/**}) are exempt: they send their own policy (the
 * engine's default, {@code camunda.bpm.webapp.header-security}), because their AngularJS
 * code needs {@code 'unsafe-eval'} and inline styles, and their pages carry a per-request
 * nonce for their inline scripts. Browsers enforce every policy a response carries, so
 * adding ours there would break them.
 */
final class ContentPolicies {

	static final String STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
			+ " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
			+ " frame-ancestors 'self'";

	static final RequestMatcher NOT_ENGINE_WEB_APPS = new NegatedRequestMatcher(
			new AntPathRequestMatcher("/camunda/**"));

	private ContentPolicies() {
	}

}
