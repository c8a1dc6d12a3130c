/**
 * Measuring commands that span modules and belong to none: {@code bench-api-auth}
 * compares the ways of authenticating to the API under load.
 */
package vn.vanthu.bench;
