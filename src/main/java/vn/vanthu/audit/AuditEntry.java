package vn.vanthu.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One stored audit event.
 *
 * @param id the entry's number, increasing
 * @param occurredAt when it happened
 * @param principal who (a login name, possibly one that does not exist for a failed
 * login)
 * @param type what, e.g. {@code AUTHENTICATION_SUCCESS}, {@code ACCOUNT_LOCKED}
 * @param data details (remote address, the person changed, …)
 */
public record AuditEntry(long id, Instant occurredAt, String principal, String type, Map<String, Object> data) {
}
