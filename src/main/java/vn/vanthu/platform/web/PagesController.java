package vn.vanthu.platform.web;

import java.security.Principal;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.vanthu.directory.FirstAdministrator;
import vn.vanthu.platform.calendar.BusinessCalendar;
import vn.vanthu.platform.process.Worklist;

/** The login page, the home redirect and "Việc cần làm". */
@Controller
class PagesController {

	private final Worklist worklist;

	private final ObjectProvider<FirstAdministrator> administratorSetup;

	PagesController(Worklist worklist, ObjectProvider<FirstAdministrator> administratorSetup) {
		this.worklist = worklist;
		this.administratorSetup = administratorSetup;
	}

	@GetMapping("/login")
	String login(Model model, HttpSession session) {
		// set by LoginFailureHandler when the name tried is locked
		Object lockedUntil = (session != null) ? session.getAttribute("vanthu.login.lockedUntil") : null;
		if (lockedUntil instanceof Instant until) {
			model.addAttribute("lockedUntil", until.atZone(BusinessCalendar.ZONE));
		}
		// a new installation: say where the one-time setup link is
		FirstAdministrator setup = this.administratorSetup.getIfAvailable();
		model.addAttribute("setupPending", setup != null && setup.pending());
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
