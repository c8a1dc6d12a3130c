package vn.vanthu.audit;

import java.util.Map;

import org.springframework.boot.actuate.audit.listener.AuditApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

import vn.vanthu.directory.ApiTokenChanged;
import vn.vanthu.directory.DirectoryChanged;

/**
 * Audit events for changes other modules announce with their own domain events, once
 * committed: the directory (units, people, service accounts, enabling) and API tokens.
 * The principal is whoever is logged in on the thread that made the change, or
 * {@code system} (start-up, imports from the command line).
 */
@Component
class AdminActionsAudit {

	static final String DIRECTORY_CHANGED = "DIRECTORY_CHANGED", TOKEN_ISSUED = "API_TOKEN_ISSUED",
			TOKEN_REVOKED = "API_TOKEN_REVOKED";

	private final ApplicationEventPublisher events;

	AdminActionsAudit(ApplicationEventPublisher events) {
		this.events = events;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onDirectoryChanged(DirectoryChanged change) {
		Map<String, Object> data = (change.person() != null) ? Map.of("person", change.person().value())
				: Map.of("unit", change.unit().value());
		this.events.publishEvent(new AuditApplicationEvent(actor(), DIRECTORY_CHANGED, data));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onApiToken(ApiTokenChanged change) {
		this.events.publishEvent(new AuditApplicationEvent(actor(), change.revoked() ? TOKEN_REVOKED : TOKEN_ISSUED,
				Map.of("owner", change.owner().value(), "token", change.token().value())));
	}

	private static String actor() {
		Authentication login = SecurityContextHolder.getContext().getAuthentication();
		return (login != null && login.isAuthenticated()) ? login.getName() : "system";
	}

}
