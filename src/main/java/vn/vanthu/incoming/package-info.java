/**
 * Văn bản đến as Decree 30/2020 Art. 20–24 runs it: hand registration of what came on
 * paper or by e-mail, the "Phiếu giải quyết văn bản đến", the leader's assignment, the
 * handling by the lead unit and its closing. The register lines themselves (sổ văn bản
 * đến) stay with the dissemination module, which enters delivered dispatches; this module
 * reaches them through {@link vn.vanthu.dissemination.IncomingRegister}. Process:
 * {@code bpmn/incoming-handling.bpmn}.
 */
package vn.vanthu.incoming;
