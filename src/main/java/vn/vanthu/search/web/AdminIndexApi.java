package vn.vanthu.search.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.search.IndexReport;
import vn.vanthu.search.IndexStatus;

/**
 * {@code GET /api/admin/index} (administrators, as all of {@code /api/admin/**}):
 * documents in the library, indexed, waiting and set aside, with the reasons of those set
 * aside.
 */
@RestController
class AdminIndexApi {

	private final IndexReport report;

	AdminIndexApi(IndexReport report) {
		this.report = report;
	}

	@GetMapping("/api/admin/index")
	IndexStatus status() {
		return this.report.status();
	}

}
