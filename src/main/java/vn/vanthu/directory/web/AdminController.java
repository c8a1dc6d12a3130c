package vn.vanthu.directory.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Membership;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Position;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.UnitKind;
import vn.vanthu.directory.Username;

/**
 * "Quản trị": units and people (administrators only, by the security rule on
 * {@code /admin/**}). Invalid input is shown back as a Vietnamese message; nothing is
 * saved half-way.
 */
@Controller
@RequestMapping("/admin")
class AdminController {

	private final Directory directory;

	AdminController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("units", this.directory.units());
		model.addAttribute("people", this.directory.people());
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("positions", Position.values());
		return "admin/directory";
	}

	@PostMapping("/units")
	String saveUnit(@RequestParam String code, @RequestParam String name,
			@RequestParam(required = false) String shortName, @RequestParam(required = false) String parent,
			@RequestParam UnitKind kind, @RequestParam(required = false) LocalDate validTo,
			RedirectAttributes redirect) {
		try {
			this.directory.saveUnit(new Unit(UnitCode.of(code), required(name, "Tên đơn vị"), blankToNull(shortName),
					(parent == null || parent.isBlank()) ? null : UnitCode.of(parent), kind, null, validTo, null));
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin";
	}

	@PostMapping("/people")
	String savePerson(@RequestParam String username, @RequestParam String fullName,
			@RequestParam(required = false) String email, @RequestParam(required = false) String password,
			@RequestParam String unit, @RequestParam Position position,
			@RequestParam(defaultValue = "false") boolean admin, RedirectAttributes redirect) {
		try {
			Username login = Username.of(username);
			Membership post = new Membership(login, UnitCode.of(unit), position);
			this.directory.savePerson(
					new Person(login, required(fullName, "Họ và tên"), blankToNull(email), admin, List.of(post)),
					blankToNull(password));
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin";
	}

	private static String required(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " không được để trống");
		}
		return value;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
