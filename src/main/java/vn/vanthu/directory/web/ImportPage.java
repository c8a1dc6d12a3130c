package vn.vanthu.directory.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.vanthu.directory.DirectoryProblem;
import vn.vanthu.directory.ImportRejectedException;
import vn.vanthu.directory.OrganisationImport;

/**
 * "Nhập tổ chức từ bảng tính" (administrators, by the rule on {@code /admin/**}): upload
 * the offices' workbook or two CSV files, preview what would change, import; bad rows are
 * listed with sheet, row and reason, and new people's password links are shown once.
 */
@Controller
@RequestMapping("/admin/directory/import")
class ImportPage {

	private final OrganisationImport imports;

	ImportPage(OrganisationImport imports) {
		this.imports = imports;
	}

	@GetMapping
	String form() {
		return "admin/directory-import";
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) MultipartFile units, @RequestParam(required = false) MultipartFile people,
			@RequestParam(defaultValue = "false") boolean preview, Model model) {
		try {
			model.addAttribute("report", DirectoryApi.run(this.imports, file, units, people, preview));
			model.addAttribute("base", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("rows", ex.problems());
		}
		catch (DirectoryProblem ex) {
			model.addAttribute("problem", ex.getMessage());
		}
		return "admin/directory-import";
	}

}
