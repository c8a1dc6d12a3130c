package vn.vanthu.audit;

import java.time.Instant;

/**
 * A filter on the audit log; every part is optional ({@code null}).
 *
 * @param principal who, exactly
 * @param type the event type, exactly
 * @param from at or after
 * @param to before
 */
public record AuditQuery(String principal, String type, Instant from, Instant to) {

	public AuditQuery {
		principal = blankToNull(principal);
		type = blankToNull(type);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
