package vn.vanthu.platform.security;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import vn.vanthu.platform.LoginLockout;

/**
 * A refused form login goes back to the login page: {@code /login?locked} when the name
 * is locked (also when this very failure locked it), with the end of the lock in the
 * session for the page to show; {@code /login?error} otherwise. Unknown names lock like
 * known ones, so neither answer tells whether an account exists.
 */
@Component
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	/** Session attribute: the {@link Instant} the lock shown on the login page ends. */
	static final String LOCKED_UNTIL = "vanthu.login.lockedUntil";

	private final List<LoginLockout> lockouts;

	LoginFailureHandler(List<LoginLockout> lockouts) {
		super("/login?error");
		this.lockouts = lockouts;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		Optional<Instant> until = (exception instanceof LoginLockedException locked) ? Optional.of(locked.until())
				: lockedUntil(request.getParameter("username"));
		if (until.isEmpty()) {
			super.onAuthenticationFailure(request, response, exception);
			return;
		}
		request.getSession().setAttribute(LOCKED_UNTIL, until.get());
		getRedirectStrategy().sendRedirect(request, response, "/login?locked");
	}

	private Optional<Instant> lockedUntil(String login) {
		if (login == null) {
			return Optional.empty();
		}
		return this.lockouts.stream().flatMap((l) -> l.lockedUntil(login).stream()).findFirst();
	}

}
