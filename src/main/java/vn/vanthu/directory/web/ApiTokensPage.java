package vn.vanthu.directory.web;

import java.time.Duration;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.directory.ApiTokenId;
import vn.vanthu.directory.ApiTokens;
import vn.vanthu.directory.Username;

/**
 * "Mã truy cập API": the signed-in person's tokens. A new token's secret is rendered in
 * the answer to the form that issued it (not redirected through the session's flash map),
 * so it is shown once and stored nowhere on the server.
 */
@Controller
@RequestMapping("/account/tokens")
class ApiTokensPage {

	static final int[] LIFETIMES = { 7, 30, 90, 365 };

	private final ApiTokens tokens;

	ApiTokensPage(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String list(Authentication caller, Model model) {
		model.addAttribute("tokens", this.tokens.tokensOf(Username.of(caller.getName())));
		model.addAttribute("lifetimes", LIFETIMES);
		return "account/tokens";
	}

	@PostMapping
	String issue(@RequestParam String name, @RequestParam(defaultValue = "90") int days, Authentication caller,
			Model model) {
		try {
			model.addAttribute("issued", this.tokens.issue(Username.of(caller.getName()), name, Duration.ofDays(days)));
		}
		catch (RuntimeException ex) {
			model.addAttribute("problem", ex.getMessage());
		}
		return list(caller, model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable String id, Authentication caller, RedirectAttributes redirect) {
		try {
			this.tokens.revoke(Username.of(caller.getName()), ApiTokenId.of(id));
			redirect.addFlashAttribute("revoked", id);
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/account/tokens";
	}

}
