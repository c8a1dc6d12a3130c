package vn.vanthu.directory.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.vanthu.directory.PasswordLinks;
import vn.vanthu.directory.PasswordLinks.LinkRefusedException;
import vn.vanthu.directory.Person;

/**
 * "Đặt mật khẩu": the one-time link a new person received. Open to anyone holding the
 * link; an unknown, used or expired link gets 404 and changes nothing. A mismatch or a
 * too short password shows the form again and keeps the link usable.
 */
@Controller
@RequestMapping("/set-password")
class PasswordLinkPage {

	private final PasswordLinks links;

	PasswordLinkPage(PasswordLinks links) {
		this.links = links;
	}

	@GetMapping
	String form(@RequestParam(required = false) String token, Model model) {
		Person person = this.links.holder(token).orElseThrow(LinkRefusedException::new);
		return form(model, token, person, null);
	}

	@PostMapping
	String set(@RequestParam String token, @RequestParam String password, @RequestParam String confirmation,
			Model model) {
		Person person = this.links.holder(token).orElseThrow(LinkRefusedException::new);
		if (!password.equals(confirmation)) {
			return form(model, token, person, "Mật khẩu nhập lại không khớp");
		}
		try {
			this.links.setPassword(token, password);
		}
		catch (IllegalArgumentException ex) {
			return form(model, token, person, ex.getMessage());
		}
		return "redirect:/login?password";
	}

	@ExceptionHandler(LinkRefusedException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String refused(Model model) {
		model.addAttribute("refused", true);
		return "set-password";
	}

	private static String form(Model model, String token, Person person, String problem) {
		model.addAttribute("token", token);
		model.addAttribute("person", person);
		model.addAttribute("minLength", PasswordLinks.MIN_PASSWORD_LENGTH);
		model.addAttribute("problem", problem);
		return "set-password";
	}

}
