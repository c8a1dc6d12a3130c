package vn.vanthu.account;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link LoginLocks} from Spring Security's own authentication events, which the
 * form login and HTTP Basic both publish (API tokens are not passwords and are not
 * counted). The listener runs in the login's thread before the answer is written, so the
 * login page can already say that the failure just made locked the name.
 */
@Component
class LoginFailures {

	private final LoginLocks locks;

	LoginFailures(LoginLocks locks) {
		this.locks = locks;
	}

	@EventListener
	void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		this.locks.recordFailure(event.getAuthentication().getName());
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.locks.recordSuccess(event.getAuthentication().getName());
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void forgetEnded() {
		this.locks.forgetEnded();
	}

}
