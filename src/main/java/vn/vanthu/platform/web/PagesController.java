package vn.vanthu.platform.web;

import java.security.Principal;
import java.time.Instant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.vanthu.platform.process.Worklist;

/** The login page, the home redirect and "Việc cần làm". */
@Controller
class PagesController {

	private final Worklist worklist;

	PagesController(Worklist worklist) {
		this.worklist = worklist;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home() {
		return "redirect:/tasks";
	}

	@GetMapping("/tasks")
	String tasks(Principal principal, Model model) {
		model.addAttribute("items", this.worklist.openTasksOf(principal.getName(), 200));
		model.addAttribute("now", Instant.now());
		return "tasks";
	}

}
