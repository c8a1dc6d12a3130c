package vn.vanthu.directory.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.directory.ApiToken;
import vn.vanthu.directory.ApiTokenId;
import vn.vanthu.directory.ApiTokens;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Position;
import vn.vanthu.directory.ServiceAccount;
import vn.vanthu.directory.Username;

/**
 * "Tài khoản dịch vụ" (administrators, by the rule on {@code /admin/**}): service
 * accounts, their tokens, disabling. A new token's secret is shown once, in the answer to
 * the form that issued it.
 */
@Controller
@RequestMapping("/admin/service-accounts")
class ServiceAccountsPage {

	private final Directory directory;

	private final ApiTokens tokens;

	ServiceAccountsPage(Directory directory, ApiTokens tokens) {
		this.directory = directory;
		this.tokens = tokens;
	}

	@GetMapping
	String overview(Model model) {
		List<ServiceAccount> accounts = this.directory.serviceAccounts();
		Map<String, List<ApiToken>> tokensByAccount = new LinkedHashMap<>();
		accounts.forEach((a) -> tokensByAccount.put(a.username().value(), this.tokens.tokensOf(a.username())));
		model.addAttribute("accounts", accounts);
		model.addAttribute("tokens", tokensByAccount);
		model.addAttribute("units", this.directory.units());
		model.addAttribute("positions", Position.values());
		model.addAttribute("lifetimes", ApiTokensPage.LIFETIMES);
		return "admin/service-accounts";
	}

	@PostMapping
	String create(@RequestParam String username, @RequestParam String name, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Position position, RedirectAttributes redirect) {
		try {
			boolean hasUnit = unit != null && !unit.isBlank();
			ServiceAccountsApi.create(this.directory, username, name, unit, hasUnit ? position : null);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/service-accounts";
	}

	@PostMapping("/{username}/tokens")
	String issue(@PathVariable String username, @RequestParam String name, @RequestParam(defaultValue = "90") int days,
			Model model) {
		try {
			Username account = account(username);
			model.addAttribute("issued", this.tokens.issue(account, name, Duration.ofDays(days)));
		}
		catch (RuntimeException ex) {
			model.addAttribute("problem", ex.getMessage());
		}
		return overview(model);
	}

	@PostMapping("/{username}/tokens/{id}/revoke")
	String revoke(@PathVariable String username, @PathVariable String id, RedirectAttributes redirect) {
		try {
			this.tokens.revoke(account(username), ApiTokenId.of(id));
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/service-accounts";
	}

	@PostMapping("/{username}/enabled")
	String setEnabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
		try {
			this.directory.setEnabled(account(username), enabled);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/service-accounts";
	}

	private Username account(String login) {
		Username username = Username.of(login);
		if (!this.directory.isServiceAccount(username)) {
			throw new IllegalArgumentException("Không có tài khoản dịch vụ " + username);
		}
		return username;
	}

}
