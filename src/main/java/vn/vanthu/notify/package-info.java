/**
 * Notifications: in-app messages (the {@code /notifications} page) and e-mail when a
 * person has an address and a mail host is configured ({@code spring.mail.host}).
 */
package vn.vanthu.notify;
