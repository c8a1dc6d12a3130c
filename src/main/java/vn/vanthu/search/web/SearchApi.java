package vn.vanthu.search.web;

import java.io.IOException;
import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.document.DocumentAccess;
import vn.vanthu.platform.Problem;
import vn.vanthu.search.DocumentSearch;
import vn.vanthu.search.SearchQuery;
import vn.vanthu.search.SearchResult;

/** {@code GET /api/search?q=&kind=&issuer=&year=&page=&size=}. */
@RestController
class SearchApi {

	private final DocumentSearch search;

	private final DocumentAccess access;

	SearchApi(DocumentSearch search, DocumentAccess access) {
		this.search = search;
		this.access = access;
	}

	@GetMapping("/api/search")
	SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String issuer, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			Principal principal) throws IOException {
		if (page < 0 || size < 1 || size > 100) {
			throw Problem.badRequest("search-paging", "Trang phải ≥ 0 và cỡ trang từ 1 đến 100.");
		}
		if (q != null && q.length() > 500) {
			throw Problem.badRequest("search-too-long", "Câu tìm kiếm quá dài (tối đa 500 ký tự).");
		}
		return this.search.search(new SearchQuery(q, kind, issuer, year, page, size),
				this.access.readerOf(principal.getName()));
	}

}
