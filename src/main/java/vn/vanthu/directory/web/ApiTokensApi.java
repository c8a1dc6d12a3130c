package vn.vanthu.directory.web;

import java.util.List;

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

import vn.vanthu.directory.ApiTokenId;
import vn.vanthu.directory.ApiTokens;
import vn.vanthu.directory.Username;

/**
 * The caller's own API tokens: list, issue (the secret is in the 201 answer only),
 * revoke. Issuing needs a password or session login; listing and revoking work with a
 * token too.
 */
@RestController
@RequestMapping("/api/tokens")
class ApiTokensApi {

	private final ApiTokens tokens;

	ApiTokensApi(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	List<TokenJson> list(Authentication caller) {
		return this.tokens.tokensOf(Username.of(caller.getName())).stream().map(TokenJson::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TokenJson issue(@RequestBody TokenJson.Request request, Authentication caller) {
		TokenRules.requireNoToken(caller);
		return TokenJson.of(this.tokens.issue(Username.of(caller.getName()), request.name(), request.lifetime()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable String id, Authentication caller) {
		this.tokens.revoke(Username.of(caller.getName()), ApiTokenId.of(id));
	}

}
