package vn.vanthu.approval.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.approval.ApprovalChain;
import vn.vanthu.approval.ApprovalChains;
import vn.vanthu.approval.Capacity;
import vn.vanthu.approval.ChainStep;
import vn.vanthu.approval.Delegations;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.VietnameseText;

/**
 * Administration of approval chains ({@code /admin/approval-chains}) and written signing
 * authorisations ({@code /admin/delegations}, TUQ. and Q.). Administrators only, by the
 * security rule on {@code /admin/**}. A chain's steps are edited as lines
 * {@code Nhãn | người dùng, … | nhóm, … | ký}; invalid input is shown back (in the
 * request's language where the message is the page's own) and nothing is saved.
 */
@Controller
class ApprovalAdminPages {

	private final ApprovalChains chains;

	private final Delegations delegations;

	private final Directory directory;

	private final MessageSource messages;

	ApprovalAdminPages(ApprovalChains chains, Delegations delegations, Directory directory, MessageSource messages) {
		this.chains = chains;
		this.delegations = delegations;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/admin/approval-chains")
	String chains(@RequestParam(required = false) Long edit, Model model) {
		model.addAttribute("chains", this.chains.all());
		model.addAttribute("units", this.directory.units());
		ApprovalChain chain = edit == null ? null : this.chains.get(edit);
		model.addAttribute("edit", chain);
		model.addAttribute("stepsText", chain == null ? "" : format(chain.steps()));
		return "approval/admin-chains";
	}

	@PostMapping("/admin/approval-chains")
	String save(@RequestParam String issuerUnit, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "false") boolean restartFromFirst, @RequestParam String steps,
			RedirectAttributes flash) {
		try {
			ApprovalChain saved = this.chains.save(UnitCode.of(issuerUnit.strip()), kind, restartFromFirst,
					parse(steps));
			flash.addFlashAttribute("info", message("approval.chains.saved", saved.issuerUnit(), saved.kind()));
		}
		catch (BadStepLine ex) {
			flash.addFlashAttribute("error", message("approval.chains.badLine", ex.line));
		}
		catch (Problem | IllegalArgumentException | java.util.NoSuchElementException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/approval-chains";
	}

	@GetMapping("/admin/delegations")
	String delegations(Model model) {
		model.addAttribute("delegations", this.delegations.all());
		model.addAttribute("units", this.directory.units());
		model.addAttribute("people", this.directory.people());
		model.addAttribute("today", LocalDate.now());
		return "approval/admin-delegations";
	}

	@PostMapping("/admin/delegations")
	String grant(@RequestParam String from, @RequestParam String to, @RequestParam String unit,
			@RequestParam String kind, @RequestParam(required = false) String scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			@RequestParam(required = false) String documentRef, Principal user, RedirectAttributes flash) {
		try {
			Capacity capacity = Capacity.parse(kind)
				.orElseThrow(() -> Problem.badRequest("delegation-kind", message("approval.delegations.onlyTuqOrQ")));
			this.delegations.grant(from.strip(), to.strip(), UnitCode.of(unit.strip()), capacity, scope, validFrom,
					validTo, documentRef, user.getName());
			flash.addFlashAttribute("info", message("approval.delegations.saved"));
		}
		catch (Problem | IllegalArgumentException | java.util.NoSuchElementException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/delegations";
	}

	/**
	 * One step per line: {@code Nhãn | users | groups | ký} (the last field optional).
	 */
	static List<ChainStep> parse(String text) {
		List<ChainStep> steps = new ArrayList<>();
		int no = 1;
		for (String line : VietnameseText.nfc(text).split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.split("\\|", -1);
			if (f.length < 3) {
				throw new BadStepLine(line.strip());
			}
			boolean signing = f.length > 3 && List.of("ky", "ký", "x", "true").contains(f[3].strip().toLowerCase());
			steps.add(new ChainStep(no++, f[0].strip(), csv(f[1]), csv(f[2]), signing));
		}
		return steps;
	}

	static String format(List<ChainStep> steps) {
		StringBuilder b = new StringBuilder();
		for (ChainStep s : steps) {
			b.append(s.label())
				.append(" | ")
				.append(String.join(", ", s.candidateUsers()))
				.append(" | ")
				.append(String.join(", ", s.candidateGroups()))
				.append(s.signing() ? " | ký" : "")
				.append('\n');
		}
		return b.toString();
	}

	/** A message of these pages in the language of the request. */
	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** A step line without its three fields; the page says which, in its language. */
	static final class BadStepLine extends IllegalArgumentException {

		final String line;

		BadStepLine(String line) {
			super("Dòng \"" + line + "\" cần dạng: Nhãn | người dùng, … | nhóm (ĐƠNVỊ:CHỨC_VỤ), … | ký");
			this.line = line;
		}

	}

	private static List<String> csv(String s) {
		return java.util.Arrays.stream(s.split(",")).map(String::strip).filter((x) -> !x.isEmpty()).toList();
	}

}
