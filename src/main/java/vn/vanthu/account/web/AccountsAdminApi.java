package vn.vanthu.account.web;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.account.LockedLogin;
import vn.vanthu.account.LoginLocks;
import vn.vanthu.account.Passwords;
import vn.vanthu.directory.Username;
import vn.vanthu.platform.Problem;

/**
 * Administrators' account actions ({@code /api/admin/**}, administrators only): the
 * locked login names, unlocking one, and resetting a person's password to a temporary one
 * that must be changed at the next login.
 */
@RestController
@RequestMapping("/api/admin/accounts")
class AccountsAdminApi {

	/**
	 * @param password the temporary password to set, or empty to draw one
	 */
	record ResetRequest(String password) {
	}

	/**
	 * @param username whose password was reset
	 * @param temporaryPassword the password to hand over; not retrievable later
	 * @param mustChange always {@code true}
	 */
	record Reset(String username, String temporaryPassword, boolean mustChange) {
	}

	private final LoginLocks locks;

	private final Passwords passwords;

	AccountsAdminApi(LoginLocks locks, Passwords passwords) {
		this.locks = locks;
		this.passwords = passwords;
	}

	@GetMapping("/locks")
	List<LockedLogin> locked() {
		return this.locks.locked();
	}

	@DeleteMapping("/locks/{login}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unlock(@PathVariable String login, Authentication admin) {
		if (!this.locks.unlock(login, Username.of(admin.getName()))) {
			throw Problem.notFound("not-locked", "Tên đăng nhập " + login + " không bị khóa.");
		}
	}

	@PostMapping("/{username}/password-reset")
	Reset reset(@PathVariable String username, @RequestBody(required = false) ResetRequest request,
			Authentication admin) {
		try {
			String temporary = this.passwords.reset(Username.of(username),
					(request != null) ? request.password() : null, Username.of(admin.getName()));
			return new Reset(username, temporary, true);
		}
		catch (NoSuchElementException ex) {
			throw Problem.notFound("person", ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			throw Problem.badRequest("password-reset", ex.getMessage());
		}
	}

}
