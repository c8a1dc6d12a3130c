package vn.vanthu.drafting.web;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.document.FileDownloads;
import vn.vanthu.drafting.Answer;
import vn.vanthu.drafting.Answers;
import vn.vanthu.drafting.CommentRequest;
import vn.vanthu.drafting.Disposition;
import vn.vanthu.drafting.DispositionInput;
import vn.vanthu.drafting.Draft;
import vn.vanthu.drafting.DraftId;
import vn.vanthu.drafting.DraftStatus;
import vn.vanthu.drafting.Drafts;
import vn.vanthu.drafting.OpenRound;
import vn.vanthu.drafting.Round;
import vn.vanthu.drafting.RoundDecision;
import vn.vanthu.drafting.RoundId;
import vn.vanthu.drafting.Rounds;
import vn.vanthu.drafting.Syntheses;
import vn.vanthu.drafting.WorkingDays;
import vn.vanthu.platform.Problem;

/**
 * The drafting pages: "Dự thảo" (my drafts), a draft, a round's live page and the
 * commenter's answer page (the form key of "Góp ý dự thảo"). Business errors come back as
 * a message on the page (the services' details are in Vietnamese; the page's own messages
 * in the request's language); denials render the 403 page.
 */
@Controller
class DraftPagesController {

	private final Drafts drafts;

	private final Rounds rounds;

	private final Answers answers;

	private final Syntheses syntheses;

	private final DraftsApiController api;

	private final MessageSource messages;

	private final WorkingDays workingDays;

	DraftPagesController(Drafts drafts, Rounds rounds, Answers answers, Syntheses syntheses, DraftsApiController api,
			MessageSource messages, WorkingDays workingDays) {
		this.drafts = drafts;
		this.rounds = rounds;
		this.answers = answers;
		this.syntheses = syntheses;
		this.api = api;
		this.messages = messages;
		this.workingDays = workingDays;
	}

	@GetMapping("/drafts")
	String list(Principal principal, Model model) {
		model.addAttribute("drafts", this.drafts.visibleTo(principal.getName()));
		model.addAttribute("me", principal.getName());
		return "drafts/list";
	}

	@PostMapping("/drafts")
	String create(Principal principal, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			Draft draft = this.drafts.create(principal.getName(), subject, kind, null,
					(file != null && !file.isEmpty()) ? file.getOriginalFilename() : null,
					(file != null && !file.isEmpty()) ? file.getInputStream() : null);
			return "redirect:/drafts/" + draft.id();
		}
		catch (ErrorResponseException ex) {
			redirect.addFlashAttribute("error", detail(ex));
			return "redirect:/drafts";
		}
	}

	@GetMapping("/drafts/{id}")
	String draft(Principal principal, @PathVariable long id, Model model) {
		String user = principal.getName();
		Draft draft = this.drafts.get(new DraftId(id), user);
		model.addAttribute("draft", draft);
		model.addAttribute("issuerName", this.drafts.unitName(draft.issuerUnit()));
		model.addAttribute("versions", this.drafts.versions(draft.id(), user));
		model.addAttribute("rounds", this.rounds.ofDraft(draft.id(), user).stream().map(this.api::view).toList());
		model.addAttribute("history", this.drafts.history(draft.id(), user));
		model.addAttribute("isDrafter", draft.drafter().equals(user));
		model.addAttribute("drafting", draft.status() == DraftStatus.DRAFTING);
		model.addAttribute("defaultDeadline",
				LocalDateTime.ofInstant(this.workingDays.defaultDeadline(Instant.now()), WorkingDays.VIETNAM)
					.toString());
		return "drafts/draft";
	}

	/**
	 * "Xem": PDF and raster images open in the browser's viewer; any other file (DOCX,
	 * HTML, SVG, …) is never opened by the browser from Vanthu's origin, the page shows
	 * its extracted text instead, escaped.
	 */
	@GetMapping("/drafts/{id}/versions/{no}/view")
	String view(Principal principal, @PathVariable long id, @PathVariable int no, Model model) {
		String user = principal.getName();
		DraftId draftId = new DraftId(id);
		if (FileDownloads.showsInline(this.drafts.versionFile(draftId, no, user))) {
			return "redirect:/api/drafts/" + id + "/versions/" + no + "/file?inline=true";
		}
		model.addAttribute("draft", this.drafts.get(draftId, user));
		model.addAttribute("version", this.drafts.version(draftId, no, user));
		model.addAttribute("extracted", this.drafts.versionText(draftId, no, user));
		return "drafts/preview";
	}

	@PostMapping("/drafts/{id}/versions")
	String addVersion(Principal principal, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		return act(redirect, "/drafts/" + id,
				() -> this.drafts.addVersion(new DraftId(id), principal.getName(),
						(file != null && !file.isEmpty()) ? file.getOriginalFilename() : null,
						(file != null && !file.isEmpty()) ? file.getInputStream() : null));
	}

	@PostMapping("/drafts/{id}/rounds")
	String open(Principal principal, @PathVariable long id, @RequestParam(required = false) String recipients,
			@RequestParam(required = false) String deadline, @RequestParam(required = false) String remindBefore,
			@RequestParam(required = false) String message, RedirectAttributes redirect) {
		try {
			List<String> list = (recipients != null)
					? Arrays.stream(recipients.split("[,;\\s]+")).filter((s) -> !s.isBlank()).toList() : List.of();
			Round round = this.rounds.open(new DraftId(id), principal.getName(),
					new OpenRound(list, local(deadline), remindBefore, message));
			return "redirect:/drafts/rounds/" + round.id();
		}
		catch (ErrorResponseException ex) {
			redirect.addFlashAttribute("error", detail(ex));
			return "redirect:/drafts/" + id;
		}
	}

	@PostMapping("/drafts/{id}/decision")
	String decide(Principal principal, @PathVariable long id, @RequestParam RoundDecision decision,
			RedirectAttributes redirect) {
		return act(redirect, "/drafts/" + id, () -> this.rounds.decide(new DraftId(id), principal.getName(), decision));
	}

	@GetMapping("/drafts/rounds/{id}")
	String round(Principal principal, @PathVariable long id, Model model) {
		String user = principal.getName();
		Round round = this.rounds.get(new RoundId(id), user);
		Draft draft = this.drafts.get(round.draftId(), user);
		model.addAttribute("draft", draft);
		model.addAttribute("round", this.api.view(round));
		model.addAttribute("isDrafter", draft.drafter().equals(user));
		model.addAttribute("isRecipient", round.requests().stream().anyMatch((r) -> r.recipient().equals(user)));
		model.addAttribute("dispositions", Disposition.values());
		return "drafts/round";
	}

	@PostMapping("/drafts/rounds/{id}/deadline")
	String extend(Principal principal, @PathVariable long id, @RequestParam(required = false) String deadline,
			RedirectAttributes redirect) {
		return act(redirect, "/drafts/rounds/" + id,
				() -> this.rounds.extend(new RoundId(id), principal.getName(), local(deadline), null));
	}

	@PostMapping("/drafts/rounds/{id}/close")
	String close(Principal principal, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "/drafts/rounds/" + id, () -> this.rounds.close(new RoundId(id), principal.getName()));
	}

	@PostMapping("/drafts/rounds/{id}/synthesis")
	String synthesise(Principal principal, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		List<DispositionInput> items = new ArrayList<>();
		form.forEach((key, value) -> {
			if (key.startsWith("disposition-") && value != null && !value.isBlank()) {
				String requestId = key.substring("disposition-".length());
				items.add(new DispositionInput(Long.parseLong(requestId), Disposition.valueOf(value),
						form.get("explanation-" + requestId)));
			}
		});
		return act(redirect, "/drafts/rounds/" + id,
				() -> this.syntheses.synthesise(new RoundId(id), principal.getName(), items));
	}

	@GetMapping("/drafts/rounds/{id}/answer")
	String answerPage(Principal principal, @PathVariable long id, Model model) {
		String user = principal.getName();
		Round round = this.rounds.get(new RoundId(id), user);
		CommentRequest mine = this.answers.requestOf(round.id(), user);
		model.addAttribute("draft", this.drafts.get(round.draftId(), user));
		model.addAttribute("round", this.api.view(round));
		model.addAttribute("mine", mine);
		model.addAttribute("open", round.isOpen() && Instant.now().isBefore(round.deadline()));
		return "drafts/answer";
	}

	@PostMapping("/drafts/rounds/{id}/answer")
	String answer(Principal principal, @PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(defaultValue = "false") boolean agree, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) {
		return act(redirect, "/drafts/rounds/" + id + "/answer", () -> {
			Answer.Attachment attachment = (file != null && !file.isEmpty())
					? new Answer.Attachment(file.getOriginalFilename(), file.getBytes()) : null;
			this.answers.answer(new RoundId(id), principal.getName(), new Answer(text, agree, attachment));
		});
	}

	interface Action {

		void run() throws IOException;

	}

	private String act(RedirectAttributes redirect, String back, Action action) {
		try {
			action.run();
			redirect.addFlashAttribute("info", message("drafting.saved"));
		}
		catch (ErrorResponseException ex) {
			if (ex.getStatusCode().value() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", detail(ex));
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("error", message("drafting.fileUnreadable"));
		}
		return "redirect:" + back;
	}

	private static String detail(ErrorResponseException ex) {
		if (ex.getStatusCode().value() == 403) {
			throw ex;
		}
		return ex.getBody().getDetail();
	}

	/** A message of these pages in the language of the request. */
	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** A {@code datetime-local} field, read in Vietnam's time zone. */
	private Instant local(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip()).atZone(WorkingDays.VIETNAM).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw Problem.badRequest("bad-deadline", message("drafting.badDeadline", text));
		}
	}

}
