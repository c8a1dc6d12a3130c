/**
 * Backup and restore of an installation: its database (H2 {@code SCRIPT} or PostgreSQL's
 * {@code pg_dump}), its stored files and a checksum manifest ({@code vanthu backup DIR},
 * {@code vanthu restore DIR}); see ADR 0011.
 */
@NamedInterface("backup")
package vn.vanthu.platform.backup;

import org.springframework.modulith.NamedInterface;
