package vn.vanthu.account.web;

import java.security.Principal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.account.LockedLogin;
import vn.vanthu.account.LoginLocks;
import vn.vanthu.account.PasswordRejected;
import vn.vanthu.account.Passwords;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Username;

/**
 * "Tài khoản người dùng" (administrators, by the rule on {@code /admin/**}): every person
 * with their lock and whether a password change is due, the locked login names (known or
 * not) with "Mở khóa", and "Đặt lại mật khẩu", whose temporary password is shown once.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountsAdminPage {

	/** A row of the people table. */
	record Row(String username, String fullName, boolean serviceAccount, Instant lockedUntil, boolean mustChange) {
	}

	private final Directory directory;

	private final LoginLocks locks;

	private final Passwords passwords;

	private final PasswordMessages messages;

	AccountsAdminPage(Directory directory, LoginLocks locks, Passwords passwords, PasswordMessages messages) {
		this.directory = directory;
		this.locks = locks;
		this.passwords = passwords;
		this.messages = messages;
	}

	@GetMapping
	String overview(Model model) {
		Map<String, LockedLogin> locked = this.locks.locked()
			.stream()
			.collect(Collectors.toMap(LockedLogin::login, Function.identity()));
		model.addAttribute("locked", this.locks.locked());
		model.addAttribute("people", this.directory.people().stream().map((p) -> {
			String name = p.username().value();
			LockedLogin lock = locked.get(name);
			return new Row(name, p.fullName(), this.directory.isServiceAccount(p.username()),
					(lock != null) ? lock.lockedUntil() : null, this.passwords.mustChange(name));
		}).toList());
		return "admin/accounts";
	}

	@PostMapping("/unlock")
	String unlock(@RequestParam String login, Principal admin, RedirectAttributes redirect) {
		this.locks.unlock(login, Username.of(admin.getName()));
		redirect.addFlashAttribute("unlocked", login);
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{username}/password")
	String reset(@PathVariable String username, @RequestParam(required = false) String password, Principal admin,
			Locale locale, RedirectAttributes redirect) {
		try {
			String temporary = this.passwords.reset(Username.of(username), password, Username.of(admin.getName()));
			// a flash attribute: shown by the next page only, never in a URL
			redirect.addFlashAttribute("resetOf", username);
			redirect.addFlashAttribute("temporary", temporary);
		}
		catch (PasswordRejected ex) {
			redirect.addFlashAttribute("problems", this.messages.of(ex, locale));
		}
		catch (IllegalArgumentException | java.util.NoSuchElementException ex) {
			redirect.addFlashAttribute("problems", java.util.List.of(ex.getMessage()));
		}
		return "redirect:/admin/accounts";
	}

}
