package vn.vanthu.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vanthu.audit.AuditQuery;
import vn.vanthu.audit.JdbcAuditEventRepository;
import vn.vanthu.platform.Paging;
import vn.vanthu.platform.calendar.BusinessCalendar;

/**
 * "Nhật ký hệ thống" ({@code /admin/audit}, administrators only by the rule on
 * {@code /admin/**}): the audit log filtered by who, what and a range of days (Vietnam
 * time, both days included), 50 entries a page.
 */
@Controller
class AuditPage {

	private static final int PAGE_SIZE = 50;

	private static final ZoneId ZONE = BusinessCalendar.ZONE;

	private final JdbcAuditEventRepository audit;

	AuditPage(JdbcAuditEventRepository audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String page(@RequestParam(required = false) String principal, @RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditQuery query = new AuditQuery(principal, type, (from != null) ? from.atStartOfDay(ZONE).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(ZONE).toInstant() : null);
		int current = Math.max(page, 0);
		model.addAttribute("entries", this.audit.search(query, Paging.of(current, PAGE_SIZE)));
		model.addAttribute("types", this.audit.types());
		model.addAttribute("zone", ZONE);
		model.addAttribute("principal", query.principal());
		model.addAttribute("type", query.type());
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("page", current);
		model.addAttribute("pageSize", PAGE_SIZE);
		return "admin/audit";
	}

}
