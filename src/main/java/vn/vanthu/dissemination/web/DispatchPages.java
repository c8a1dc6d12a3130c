package vn.vanthu.dissemination.web;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.UnitKind;
import vn.vanthu.directory.Username;
import vn.vanthu.dissemination.Dispatch;
import vn.vanthu.dissemination.Disseminations;
import vn.vanthu.dissemination.Receipt;
import vn.vanthu.dissemination.RecipientChoice;
import vn.vanthu.dissemination.RecipientStatus;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.Documents;
import vn.vanthu.platform.Problem;

/**
 * The sender's pages of a dispatch ({@code /dispatches/{id}}, the form key of "Xác nhận
 * nơi nhận"): the proposed Nơi nhận for the clerk to map or mark external, then the
 * receipts per recipient with overdue flags, and recall. The recipient's page
 * ({@code /receipts/{id}}, the form key of "Tiếp nhận văn bản đến") acknowledges. Other
 * units get 404: a unit sees only what it sent or received.
 */
@Controller
class DispatchPages {

	/** Empty lines offered for recipients the text did not name. */
	private static final int EXTRA_LINES = 2;

	private final Disseminations disseminations;

	private final Documents documents;

	private final Directory directory;

	private final MessageSource messages;

	DispatchPages(Disseminations disseminations, Documents documents, Directory directory, MessageSource messages) {
		this.disseminations = disseminations;
		this.documents = documents;
		this.directory = directory;
		this.messages = messages;
	}

	/**
	 * A line of the sender's receipts table.
	 *
	 * @param receipt the receipt
	 * @param late overdue: flagged by the timer, acknowledged late, or still waiting past
	 * its due time
	 */
	record ReceiptLine(Receipt receipt, boolean late) {
	}

	/**
	 * A line of the sender's list: counts of internal recipients, acknowledged, overdue,
	 * and external ones.
	 */
	record Summary(Dispatch dispatch, String title, long internal, long acknowledged, long late, long external) {
	}

	/** The sender unit's dispatches with their receipt counts and overdue flags. */
	@GetMapping("/dispatches")
	String dispatches(@RequestParam(required = false) String unit, Principal user, Model model) {
		UnitCode u = senderOf(unit, user.getName());
		Instant now = Instant.now();
		List<Summary> summaries = this.disseminations.dispatchesBy(u, user.getName()).stream().map((d) -> {
			List<Receipt> rs = this.disseminations.receiptsFor(d.id(), user.getName());
			return new Summary(d, this.documents.get(new DocumentId(d.documentId())).title(),
					rs.stream().filter((r) -> !r.external()).count(),
					rs.stream().filter((r) -> r.status() == RecipientStatus.ACKNOWLEDGED).count(),
					rs.stream().filter((r) -> late(r, now)).count(), rs.stream().filter(Receipt::external).count());
		}).toList();
		model.addAttribute("unit", this.directory.unit(u));
		model.addAttribute("summaries", summaries);
		return "dissemination/dispatches";
	}

	private UnitCode senderOf(String unit, String username) {
		if (unit != null && !unit.isBlank()) {
			return UnitCode.of(unit.strip());
		}
		UnitCode first = this.directory.person(new Username(username))
			.units()
			.stream()
			.findFirst()
			.orElseThrow(() -> Problem.notFound("dispatch-not-found", message("dissemination.noUnit")));
		Unit u = this.directory.unit(first);
		return u.kind() == UnitKind.DEPARTMENT && u.parent() != null ? u.parent() : first;
	}

	private static boolean late(Receipt r, Instant now) {
		return r.overdue() || (r.status() == RecipientStatus.DELIVERED && r.dueAt() != null && now.isAfter(r.dueAt()));
	}

	@GetMapping("/dispatches/{id}")
	String dispatch(@PathVariable long id, Principal user, Model model) {
		Dispatch d = this.disseminations.dispatchFor(id, user.getName());
		Instant now = Instant.now();
		List<Receipt> receipts = this.disseminations.receiptsFor(id, user.getName());
		List<Receipt> lines = new ArrayList<>(receipts);
		boolean confirm = this.disseminations.mayConfirm(id, user.getName());
		if (confirm) {
			for (int i = 0; i < EXTRA_LINES; i++) {
				lines.add(new Receipt(0, id, "", null, false, null, RecipientStatus.PROPOSED, null, null, false, null,
						null));
			}
		}
		model.addAttribute("dispatch", d);
		model.addAttribute("document", this.documents.get(new DocumentId(d.documentId())));
		model.addAttribute("confirm", confirm);
		model.addAttribute("lines", lines);
		model.addAttribute("receipts", receipts.stream()
			.map((r) -> new ReceiptLine(r, r.overdue()
					|| (r.status() == RecipientStatus.DELIVERED && r.dueAt() != null && now.isAfter(r.dueAt()))))
			.toList());
		model.addAttribute("units", this.disseminations.recipientUnits(id));
		model.addAttribute("unitNames", unitNames(receipts));
		return "dissemination/dispatch";
	}

	/**
	 * The clerk's Nơi nhận: parallel lists, one entry per line; a line with a unit is
	 * internal, one without is external and needs a channel; blank lines are skipped.
	 */
	@PostMapping("/dispatches/{id}/confirm")
	String confirm(@PathVariable long id, HttpServletRequest request, Principal user, RedirectAttributes flash) {
		// raw parameter values: a single value bound to a List would be split at commas
		List<String> labels = values(request, "label");
		List<String> units = values(request, "unit");
		List<String> channels = values(request, "channel");
		List<RecipientChoice> choices = new ArrayList<>();
		int n = labels.size();
		for (int i = 0; i < n; i++) {
			String label = labels.get(i);
			String unit = at(units, i);
			if ((label == null || label.isBlank()) && unit == null) {
				continue;
			}
			choices.add(new RecipientChoice(label, unit, unit == null ? at(channels, i) : null));
		}
		return act(id, flash, message("dissemination.confirm.done"),
				() -> this.disseminations.confirm(id, user.getName(), choices));
	}

	@PostMapping("/dispatches/{id}/recall")
	String recall(@PathVariable long id, @RequestParam(required = false) String reason, Principal user,
			RedirectAttributes flash) {
		return act(id, flash, message("dissemination.recall.done"),
				() -> this.disseminations.recall(id, user.getName(), reason));
	}

	@GetMapping("/receipts/{id}")
	String receipt(@PathVariable long id, Principal user, Model model) {
		Receipt r = this.disseminations.receiptFor(id, user.getName());
		Dispatch d = this.disseminations.dispatch(r.dispatchId());
		model.addAttribute("receipt", r);
		model.addAttribute("dispatch", d);
		model.addAttribute("document", this.documents.get(new DocumentId(d.documentId())));
		model.addAttribute("incoming",
				r.incomingId() == null ? null : this.disseminations.incomingEntry(r.incomingId()).orElse(null));
		model.addAttribute("acknowledge", this.disseminations.mayAcknowledge(id, user.getName()));
		model.addAttribute("late", late(r, Instant.now()));
		return "dissemination/receipt";
	}

	@PostMapping("/receipts/{id}/acknowledge")
	String acknowledge(@PathVariable long id, Principal user, RedirectAttributes flash) {
		try {
			this.disseminations.acknowledge(id, user.getName());
			flash.addFlashAttribute("info", message("dissemination.receipt.done"));
		}
		catch (Problem ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/receipts/" + id;
	}

	private String act(long id, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("info", done);
		}
		catch (Problem ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/dispatches/" + id;
	}

	/** The names of the receipts' units, by code: pages show names, not codes. */
	private java.util.Map<String, String> unitNames(List<Receipt> receipts) {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		for (Receipt r : receipts) {
			if (r.unitCode() != null) {
				names.put(r.unitCode(),
						this.directory.findUnit(UnitCode.of(r.unitCode())).map(Unit::name).orElse(r.unitCode()));
			}
		}
		return names;
	}

	/** A message of these pages in the language of the request. */
	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static List<String> values(HttpServletRequest request, String name) {
		String[] v = request.getParameterValues(name);
		return v == null ? List.of() : java.util.Arrays.asList(v);
	}

	private static String at(List<String> values, int i) {
		if (values == null || i >= values.size()) {
			return null;
		}
		String v = values.get(i);
		return v == null || v.isBlank() ? null : v.strip();
	}

}
