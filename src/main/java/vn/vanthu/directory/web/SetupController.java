package vn.vanthu.directory.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.vanthu.directory.FirstAdministrator;
import vn.vanthu.directory.FirstAdministrator.SetupRefusedException;

/**
 * "Thiết lập quản trị viên": the one-time setup link logged at a start without
 * administrator. Open to anyone holding the link; an unknown or used link, or any link
 * once an administrator exists, gets 404 and changes nothing.
 */
@Controller
@RequestMapping("/setup")
class SetupController {

	private final FirstAdministrator firstAdministrator;

	SetupController(FirstAdministrator firstAdministrator) {
		this.firstAdministrator = firstAdministrator;
	}

	@GetMapping
	String form(@RequestParam(required = false) String token, Model model) {
		if (!this.firstAdministrator.accepts(token)) {
			throw new SetupRefusedException();
		}
		model.addAttribute("token", token);
		model.addAttribute("username", "admin");
		return "setup";
	}

	@PostMapping
	String create(@RequestParam String token, @RequestParam String username,
			@RequestParam(required = false) String fullName, @RequestParam String password,
			@RequestParam String confirmation, Model model) {
		if (!this.firstAdministrator.accepts(token)) {
			throw new SetupRefusedException();
		}
		if (!password.equals(confirmation)) {
			return again(model, token, username, fullName, "Mật khẩu nhập lại không khớp");
		}
		try {
			this.firstAdministrator.complete(token, username, fullName, password);
		}
		catch (IllegalArgumentException ex) {
			return again(model, token, username, fullName, ex.getMessage());
		}
		return "redirect:/login?setup";
	}

	@ExceptionHandler(SetupRefusedException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String refused(Model model) {
		model.addAttribute("refused", true);
		return "setup";
	}

	private static String again(Model model, String token, String username, String fullName, String problem) {
		model.addAttribute("token", token);
		model.addAttribute("username", username);
		model.addAttribute("fullName", fullName);
		model.addAttribute("problem", problem);
		return "setup";
	}

}
