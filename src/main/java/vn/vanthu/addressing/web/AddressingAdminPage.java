package vn.vanthu.addressing.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.addressing.Addressing;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.platform.Problem;

/**
 * "Nơi nhận" under Quản trị ({@code /admin/recipients}, administrators only by the rule
 * on {@code /admin/**}): the aliases of units and the groups that Nơi nhận lines stand
 * for.
 */
@Controller
@RequestMapping("/admin/recipients")
class AddressingAdminPage {

	private final Addressing addressing;

	AddressingAdminPage(Addressing addressing) {
		this.addressing = addressing;
	}

	@GetMapping
	String page(Model model) {
		List<Unit> units = this.addressing.recipientUnits(null);
		model.addAttribute("units", units);
		model.addAttribute("names", units.stream().collect(Collectors.toMap(Unit::code, Unit::name)));
		model.addAttribute("aliases", this.addressing.aliases());
		model.addAttribute("groups", this.addressing.groups());
		return "admin/recipients";
	}

	@PostMapping("/aliases")
	String addAlias(@RequestParam String unit, @RequestParam String alias, RedirectAttributes flash) {
		return act(flash, () -> this.addressing.addAlias(UnitCode.of(unit), alias));
	}

	@PostMapping("/aliases/delete")
	String removeAlias(@RequestParam String unit, @RequestParam String alias, RedirectAttributes flash) {
		return act(flash, () -> this.addressing.removeAlias(UnitCode.of(unit), alias));
	}

	@PostMapping("/groups")
	String saveGroup(@RequestParam String name, @RequestParam(name = "unit", required = false) List<String> units,
			RedirectAttributes flash) {
		List<UnitCode> codes = units == null ? List.of() : units.stream().map(UnitCode::of).toList();
		return act(flash, () -> this.addressing.saveGroup(name, codes));
	}

	@PostMapping("/groups/{id}/delete")
	String deleteGroup(@PathVariable long id, RedirectAttributes flash) {
		return act(flash, () -> this.addressing.deleteGroup(id));
	}

	private static String act(RedirectAttributes flash, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("saved", true);
		}
		catch (Problem | IllegalArgumentException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/recipients";
	}

}
