package vn.vanthu.account.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.account.PasswordPolicy;
import vn.vanthu.account.PasswordRejected;
import vn.vanthu.account.Passwords;
import vn.vanthu.directory.Username;

/** "Đổi mật khẩu": the signed-in person's own password. */
@Controller
@RequestMapping("/account/password")
class PasswordPage {

	private final Passwords passwords;

	private final PasswordPolicy policy;

	private final PasswordMessages messages;

	PasswordPage(Passwords passwords, PasswordPolicy policy, PasswordMessages messages) {
		this.passwords = passwords;
		this.policy = policy;
		this.messages = messages;
	}

	@GetMapping
	String form(Principal principal, Model model) {
		model.addAttribute("minLength", this.policy.minLength());
		model.addAttribute("mustChange", this.passwords.mustChange(principal.getName()));
		return "account/password";
	}

	@PostMapping
	String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirm, Principal principal, Locale locale, Model model,
			RedirectAttributes redirect) {
		boolean wasRequired = this.passwords.mustChange(principal.getName());
		List<String> problems;
		if (!password.equals(confirm)) {
			problems = List.of(this.messages.text("password.mismatch", locale));
		}
		else {
			try {
				this.passwords.change(Username.of(principal.getName()), current, password);
				redirect.addFlashAttribute("changed", true);
				return wasRequired ? "redirect:/" : "redirect:/account/password";
			}
			catch (PasswordRejected ex) {
				problems = this.messages.of(ex, locale);
			}
		}
		model.addAttribute("problems", problems);
		return form(principal, model);
	}

}
