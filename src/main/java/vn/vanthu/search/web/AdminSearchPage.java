package vn.vanthu.search.web;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.search.SearchIndex;
import vn.vanthu.search.SearchIndexer;

/** "Quản trị tra cứu" ({@code /admin/search}, admin only): index state and rebuild. */
@Controller
class AdminSearchPage {

	private final SearchIndex index;

	private final SearchIndexer indexer;

	AdminSearchPage(SearchIndex index, SearchIndexer indexer) {
		this.index = index;
		this.indexer = indexer;
	}

	@GetMapping("/admin/search")
	String page(Model model) {
		model.addAttribute("pending", this.indexer.pending());
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
