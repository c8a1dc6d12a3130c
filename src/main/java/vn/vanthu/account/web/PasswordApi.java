package vn.vanthu.account.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.account.Passwords;
import vn.vanthu.directory.Username;

/**
 * {@code POST /api/account/password}: the caller changes their own password, giving the
 * current one. 204, or 400 {@code password-rejected} naming the broken rules.
 */
@RestController
class PasswordApi {

	/**
	 * @param currentPassword the password used now
	 * @param newPassword the new one
	 */
	record Change(String currentPassword, String newPassword) {
	}

	private final Passwords passwords;

	PasswordApi(Passwords passwords) {
		this.passwords = passwords;
	}

	@PostMapping("/api/account/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void change(@RequestBody Change change, Authentication caller) {
		this.passwords.change(Username.of(caller.getName()), change.currentPassword(), change.newPassword());
	}

}
