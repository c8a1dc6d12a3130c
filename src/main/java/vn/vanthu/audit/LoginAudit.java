package vn.vanthu.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.security.AbstractAuthenticationAuditListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's authentication events into audit events, replacing Spring
 * Boot's {@code AuthenticationAuditListener} (which backs off when this bean exists):
 * {@code AUTHENTICATION_SUCCESS} for form logins only (HTTP Basic authenticates every
 * request, which would flood the log), {@code AUTHENTICATION_FAILURE} for every refused
 * password (form or Basic, wrong, unknown name or locked, with the reason), and
 * {@code LOGOUT_SUCCESS}. The remote address is kept; the session id is not.
 */
@Component
class LoginAudit extends AbstractAuthenticationAuditListener {

	static final String SUCCESS = "AUTHENTICATION_SUCCESS", FAILURE = "AUTHENTICATION_FAILURE",
			LOGOUT = "LOGOUT_SUCCESS";

	@Override
	public void onApplicationEvent(AbstractAuthenticationEvent event) {
		Authentication login = event.getAuthentication();
		if (event instanceof AbstractAuthenticationFailureEvent failure) {
			Map<String, Object> data = details(login);
			data.put("reason", failure.getException().getClass().getSimpleName());
			publish(new AuditEvent(login.getName(), FAILURE, data));
		}
		else if (event instanceof InteractiveAuthenticationSuccessEvent) {
			publish(new AuditEvent(login.getName(), SUCCESS, details(login)));
		}
		else if (event instanceof LogoutSuccessEvent) {
			publish(new AuditEvent(login.getName(), LOGOUT, details(login)));
		}
	}

	private static Map<String, Object> details(Authentication login) {
		Map<String, Object> data = new LinkedHashMap<>();
		if (login.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
			data.put("remoteAddress", web.getRemoteAddress());
		}
		return data;
	}

}
