/**
 * Accounts: a person changes their own password, an administrator resets one (a temporary
 * password that must be changed at the next login), and repeated failed logins lock a
 * login name for a while ({@link vn.vanthu.account.LoginLocks}). Every action is
 * published as a Spring Boot {@code AuditApplicationEvent}; the audit module stores them.
 * See ADR 0013.
 */
package vn.vanthu.account;
