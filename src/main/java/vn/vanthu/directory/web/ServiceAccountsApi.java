package vn.vanthu.directory.web;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.directory.ApiTokenId;
import vn.vanthu.directory.ApiTokens;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Membership;
import vn.vanthu.directory.Position;
import vn.vanthu.directory.ServiceAccount;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;

/**
 * Service accounts and their tokens, for administrators (by the rule on
 * {@code /api/admin/**}): create, disable or enable, issue and revoke tokens.
 */
@RestController
@RequestMapping("/api/admin/service-accounts")
class ServiceAccountsApi {

	/**
	 * A new service account; {@code unit} and {@code position} give it a post (and what
	 * that post may read), both or neither.
	 */
	record NewAccount(String username, String name, String unit, Position position) {
	}

	record Enabled(boolean enabled) {
	}

	private final Directory directory;

	private final ApiTokens tokens;

	ServiceAccountsApi(Directory directory, ApiTokens tokens) {
		this.directory = directory;
		this.tokens = tokens;
	}

	@GetMapping
	List<ServiceAccount> list() {
		return this.directory.serviceAccounts();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ServiceAccount create(@RequestBody NewAccount account) {
		return create(this.directory, account.username(), account.name(), account.unit(), account.position());
	}

	static ServiceAccount create(Directory directory, String login, String name, String unit, Position position) {
		if (login == null) {
			throw new IllegalArgumentException("Thiếu tên đăng nhập");
		}
		Username username = Username.of(login);
		boolean hasUnit = unit != null && !unit.isBlank();
		if (hasUnit != (position != null)) {
			throw new IllegalArgumentException("Cần chọn cả đơn vị và chức vụ, hoặc không chọn gì");
		}
		List<Membership> posts = hasUnit ? List.of(new Membership(username, UnitCode.of(unit), position)) : List.of();
		return directory.createServiceAccount(username, name, posts);
	}

	@PatchMapping("/{username}")
	ServiceAccount setEnabled(@PathVariable String username, @RequestBody Enabled enabled) {
		Username account = account(username);
		this.directory.setEnabled(account, enabled.enabled());
		return this.directory.serviceAccounts().stream().filter((a) -> a.username().equals(account)).findFirst().get();
	}

	@GetMapping("/{username}/tokens")
	List<TokenJson> tokens(@PathVariable String username) {
		return this.tokens.tokensOf(account(username)).stream().map(TokenJson::of).toList();
	}

	@PostMapping("/{username}/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	TokenJson issue(@PathVariable String username, @RequestBody TokenJson.Request request, Authentication caller) {
		TokenRules.requireNoToken(caller);
		return TokenJson.of(this.tokens.issue(account(username), request.name(), request.lifetime()));
	}

	@DeleteMapping("/{username}/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable String username, @PathVariable String id) {
		this.tokens.revoke(account(username), ApiTokenId.of(id));
	}

	private Username account(String login) {
		Username username = Username.of(login);
		if (!this.directory.isServiceAccount(username)) {
			throw new NoSuchElementException("Không có tài khoản dịch vụ " + username);
		}
		return username;
	}

}
