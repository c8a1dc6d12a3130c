/**
 * The audit log: Spring Boot's {@code AuditEvent}s (logins, logouts, failures, password
 * changes and resets, locks, administrators' actions) stored in the database by
 * {@link vn.vanthu.audit.JdbcAuditEventRepository} and read by administrators. Other
 * modules publish {@code AuditApplicationEvent}s and never depend on this one. See ADR
 * 0013.
 */
package vn.vanthu.audit;
