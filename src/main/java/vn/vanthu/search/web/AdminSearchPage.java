package vn.vanthu.search.web;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.search.IndexReport;
import vn.vanthu.search.SearchIndex;
import vn.vanthu.search.SearchIndexer;

/**
 * "Quản trị tra cứu" ({@code /admin/search}, admin only): the library, indexed, waiting
 * and set-aside counts, the documents set aside with their reasons, and the rebuild,
 * which writes every document again (those set aside included).
 */
@Controller
class AdminSearchPage {

	private final SearchIndex index;

	private final SearchIndexer indexer;

	private final IndexReport report;

	AdminSearchPage(SearchIndex index, SearchIndexer indexer, IndexReport report) {
		this.index = index;
		this.indexer = indexer;
		this.report = report;
	}

	@GetMapping("/admin/search")
	String page(Model model) {
		model.addAttribute("status", this.report.status());
		try {
			model.addAttribute("indices", this.index.readIndices());
			model.addAttribute("outdated", this.index.outdatedIndices());
		}
		catch (Exception ex) {
			model.addAttribute("indices", java.util.Set.of());
			model.addAttribute("error", "Không kết nối được Elasticsearch: " + ex.getMessage());
		}
		return "admin-search";
	}

	@PostMapping("/admin/search/reindex")
	String reindex(RedirectAttributes redirect) {
		try {
			long count = this.index.reindex();
			this.indexer.drain();
			redirect.addFlashAttribute("message", "Đã lập lại chỉ mục cho " + count + " văn bản.");
		}
		catch (IOException | RuntimeException ex) {
			redirect.addFlashAttribute("error", "Không lập lại được chỉ mục: " + ex.getMessage());
		}
		return "redirect:/admin/search";
	}

}
