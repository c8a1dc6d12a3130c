package vn.vanthu.search.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vanthu.document.DocumentAccess;
import vn.vanthu.platform.Problem;
import vn.vanthu.platform.SearchUnavailableException;
import vn.vanthu.search.DocumentSearch;
import vn.vanthu.search.SearchQuery;

/** "Tra cứu": one box, facets, highlighted snippets. */
@Controller
class SearchPage {

	private final DocumentSearch search;

	private final DocumentAccess access;

	private final MessageSource messages;

	SearchPage(DocumentSearch search, DocumentAccess access, MessageSource messages) {
		this.search = search;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String issuer, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, Principal principal, Model model, Locale locale,
			HttpServletResponse response) {
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
		catch (SearchUnavailableException ex) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			model.addAttribute("error", this.messages.getMessage("search.unavailable", null, locale));
		}
		catch (Problem ex) {
			model.addAttribute("error", ex.getMessage());
		}
		catch (Exception ex) {
			model.addAttribute("error", this.messages.getMessage("search.unavailable", null, locale));
		}
		return "search";
	}

}
