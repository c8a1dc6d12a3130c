package vn.vanthu.incoming.process;

import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.vanthu.incoming.IncomingRegistration;

/**
 * Used in expressions of {@code incoming-handling.bpmn}: who assigns, who handles, and by
 * when.
 */
@Component("incomingHandlers")
public class IncomingHandlers {

	private final IncomingRegistration registration;

	IncomingHandlers(IncomingRegistration registration) {
		this.registration = registration;
	}

	/** The leaders of the receiving unit, who assign it. */
	public List<String> leaders(Object incomingId) {
		return this.registration.leaders(((Number) incomingId).longValue());
	}

	public List<String> of(Object incomingId) {
		return this.registration.handlers(((Number) incomingId).longValue());
	}

	public Date due(Object incomingId) {
		return Date.from(this.registration.handlingDue(((Number) incomingId).longValue()));
	}

}
