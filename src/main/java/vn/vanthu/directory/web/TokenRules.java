package vn.vanthu.directory.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

import vn.vanthu.directory.ApiTokens;

/** Rules shared by the token pages and APIs. */
final class TokenRules {

	private TokenRules() {
	}

	/**
	 * New tokens are issued to a password or session login only: a leaked token must not
	 * be able to mint itself successors that outlive its revocation.
	 */
	static void requireNoToken(Authentication authentication) {
		if (authentication.getAuthorities()
			.stream()
			.anyMatch((a) -> ApiTokens.TOKEN_AUTHORITY.equals(a.getAuthority()))) {
			throw new AccessDeniedException("Không thể dùng mã truy cập API để tạo mã truy cập mới");
		}
	}

}
