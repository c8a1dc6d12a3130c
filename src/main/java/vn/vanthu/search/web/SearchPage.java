package vn.vanthu.search.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vanthu.document.DocumentAccess;
import vn.vanthu.search.DocumentSearch;
import vn.vanthu.search.SearchQuery;

/** "Tra cứu": one box, facets, highlighted snippets. */
@Controller
class SearchPage {

	private final DocumentSearch search;

	private final DocumentAccess access;

	SearchPage(DocumentSearch search, DocumentAccess access) {
		this.search = search;
		this.access = access;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String issuer, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, Principal principal, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("kind", kind);
		model.addAttribute("issuer", issuer);
		model.addAttribute("year", year);
		if (q != null && q.length() > 500) {
			model.addAttribute("error", "Câu tìm kiếm quá dài (tối đa 500 ký tự).");
			return "search";
		}
		try {
			model.addAttribute("result", this.search.search(new SearchQuery(q, kind, issuer, year, page, 20),
					this.access.readerOf(principal.getName())));
		}
		catch (Exception ex) {
			model.addAttribute("error", "Tra cứu tạm thời không khả dụng, vui lòng thử lại sau.");
		}
		return "search";
	}

}
