package vn.vanthu.audit.web;

import java.time.Instant;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.audit.AuditEntry;
import vn.vanthu.audit.AuditQuery;
import vn.vanthu.audit.JdbcAuditEventRepository;
import vn.vanthu.platform.Paging;

/**
 * {@code GET /api/audit}: the audit log for administrators, newest first, filtered by
 * {@code principal}, {@code type} and {@code from}/{@code to} (ISO-8601 instants, from
 * inclusive, to exclusive), {@code page}/{@code size} as every list of the API.
 */
@RestController
class AuditApi {

	private final JdbcAuditEventRepository audit;

	AuditApi(JdbcAuditEventRepository audit) {
		this.audit = audit;
	}

	@GetMapping("/api/audit")
	@PreAuthorize("hasRole('ADMIN')")
	List<AuditEntry> list(@RequestParam(required = false) String principal, @RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.audit.search(new AuditQuery(principal, type, from, to), Paging.of(page, size));
	}

}
