/**
 * Operations: Vanthu's own figures for Prometheus ({@code /actuator/prometheus}, admin
 * only), read from the capabilities' public services and events and from the engine's
 * runtime tables, never from inside their logic (ADR 0014).
 */
package vn.vanthu.ops;
