package vn.vanthu.drafting.web;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Username;
import vn.vanthu.document.FileDownloads;
import vn.vanthu.drafting.Answer;
import vn.vanthu.drafting.Answers;
import vn.vanthu.drafting.CommentRequest;
import vn.vanthu.drafting.DispositionInput;
import vn.vanthu.drafting.Draft;
import vn.vanthu.drafting.DraftId;
import vn.vanthu.drafting.DraftVersion;
import vn.vanthu.drafting.Drafts;
import vn.vanthu.drafting.HistoryEntry;
import vn.vanthu.drafting.OpenRound;
import vn.vanthu.drafting.Round;
import vn.vanthu.drafting.RoundDecision;
import vn.vanthu.drafting.RoundId;
import vn.vanthu.drafting.Rounds;
import vn.vanthu.drafting.Syntheses;
import vn.vanthu.platform.Problem;

/** The drafting API; the pages call the same services. */
@RestController
@RequestMapping("/api")
class DraftsApiController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final Drafts drafts;

	private final Rounds rounds;

	private final Answers answers;

	private final Syntheses syntheses;

	private final Directory directory;

	DraftsApiController(Drafts drafts, Rounds rounds, Answers answers, Syntheses syntheses, Directory directory) {
		this.drafts = drafts;
		this.rounds = rounds;
		this.answers = answers;
		this.syntheses = syntheses;
		this.directory = directory;
	}

	record RoundRequest(List<String> recipients, String deadline, String remindBefore, String message) {
	}

	record AnswerRequest(String text, Boolean agree, String recipient) {
	}

	record DeadlineRequest(String deadline, String remindBefore) {
	}

	record SynthesisRequest(List<DispositionInput> items) {
	}

	record DraftDetail(Draft draft, String statusLabel, List<DraftVersion> versions, List<RoundView> rounds,
			List<HistoryEntry> history) {
	}

	@PostMapping(path = "/drafts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Draft> create(Principal principal, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String issuer) throws IOException {
		Draft draft = this.drafts.create(principal.getName(), subject, kind, issuer,
				(file != null && !file.isEmpty()) ? file.getOriginalFilename() : null,
				(file != null && !file.isEmpty()) ? file.getInputStream() : null);
		return ResponseEntity.created(URI.create("/api/drafts/" + draft.id())).body(draft);
	}

	@GetMapping("/drafts")
	List<Draft> list(Principal principal) {
		return this.drafts.visibleTo(principal.getName());
	}

	@GetMapping("/drafts/{id}")
	DraftDetail detail(Principal principal, @PathVariable long id) {
		String user = principal.getName();
		Draft draft = this.drafts.get(new DraftId(id), user);
		List<RoundView> rounds = this.rounds.ofDraft(draft.id(), user).stream().map(this::view).toList();
		return new DraftDetail(draft, draft.status().label(), this.drafts.versions(draft.id(), user), rounds,
				this.drafts.history(draft.id(), user));
	}

	@PostMapping(path = "/drafts/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DraftVersion> addVersion(Principal principal, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file) throws IOException {
		DraftVersion version = this.drafts.addVersion(new DraftId(id), principal.getName(),
				(file != null) ? file.getOriginalFilename() : null,
				(file != null && !file.isEmpty()) ? file.getInputStream() : null);
		return ResponseEntity.status(201).body(version);
	}

	@GetMapping("/drafts/{id}/versions/{no}/file")
	ResponseEntity<byte[]> file(Principal principal, @PathVariable long id, @PathVariable int no,
			@RequestParam(defaultValue = "false") boolean inline) {
		DraftVersion version = this.drafts.version(new DraftId(id), no, principal.getName());
		byte[] bytes = this.drafts.versionFile(new DraftId(id), no, principal.getName());
		return FileDownloads.of(bytes, version.fileName(), inline);
	}

	@PostMapping("/drafts/{id}/rounds")
	ResponseEntity<RoundView> open(Principal principal, @PathVariable long id, @RequestBody RoundRequest request) {
		Round round = this.rounds.open(new DraftId(id), principal.getName(), new OpenRound(request.recipients(),
				instant(request.deadline()), request.remindBefore(), request.message()));
		return ResponseEntity.created(URI.create("/api/rounds/" + round.id())).body(view(round));
	}

	@PostMapping("/drafts/{id}/submission")
	Map<String, String> submit(Principal principal, @PathVariable long id) {
		this.rounds.decide(new DraftId(id), principal.getName(), RoundDecision.SUBMIT);
		return Map.of("status", this.drafts.get(new DraftId(id), principal.getName()).status().name());
	}

	@PostMapping("/drafts/{id}/abandonment")
	Map<String, String> abandon(Principal principal, @PathVariable long id) {
		this.rounds.decide(new DraftId(id), principal.getName(), RoundDecision.ABANDON);
		return Map.of("status", this.drafts.get(new DraftId(id), principal.getName()).status().name());
	}

	@GetMapping("/rounds/{id}")
	RoundView round(Principal principal, @PathVariable long id) {
		return view(this.rounds.get(new RoundId(id), principal.getName()));
	}

	@PostMapping(path = "/rounds/{id}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
	CommentRequest answer(Principal principal, @PathVariable long id, @RequestBody AnswerRequest request) {
		String user = principal.getName();
		if (request.recipient() != null && !request.recipient().strip().equalsIgnoreCase(user)) {
			throw Problem.forbidden("answer-for-other", "Bạn chỉ được trả lời góp ý cho chính mình.");
		}
		return this.answers.answer(new RoundId(id), user,
				new Answer(request.text(), Boolean.TRUE.equals(request.agree()), null));
	}

	@PostMapping(path = "/rounds/{id}/answers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	CommentRequest answerWithFile(Principal principal, @PathVariable long id,
			@RequestParam(required = false) String text, @RequestParam(defaultValue = "false") boolean agree,
			@RequestParam(required = false) MultipartFile file) throws IOException {
		Answer.Attachment attachment = (file != null && !file.isEmpty())
				? new Answer.Attachment(file.getOriginalFilename(), file.getBytes()) : null;
		return this.answers.answer(new RoundId(id), principal.getName(), new Answer(text, agree, attachment));
	}

	@GetMapping("/rounds/{id}/answers/{requestId}/attachment")
	ResponseEntity<byte[]> attachment(Principal principal, @PathVariable long id, @PathVariable long requestId) {
		Round round = this.rounds.get(new RoundId(id), principal.getName());
		CommentRequest request = round.requests().stream().filter((r) -> r.id() == requestId).findFirst().orElse(null);
		byte[] bytes = this.answers.attachment(new RoundId(id), requestId, principal.getName());
		return FileDownloads.of(bytes, (request != null) ? request.attachmentName() : "dinh-kem", false);
	}

	@PutMapping("/rounds/{id}/deadline")
	RoundView extend(Principal principal, @PathVariable long id, @RequestBody DeadlineRequest request) {
		return view(this.rounds.extend(new RoundId(id), principal.getName(), instant(request.deadline()),
				request.remindBefore()));
	}

	@PostMapping("/rounds/{id}/close")
	RoundView close(Principal principal, @PathVariable long id) {
		return view(this.rounds.close(new RoundId(id), principal.getName()));
	}

	@PostMapping("/rounds/{id}/synthesis")
	RoundView synthesise(Principal principal, @PathVariable long id, @RequestBody SynthesisRequest request) {
		return view(this.syntheses.synthesise(new RoundId(id), principal.getName(), request.items()));
	}

	@GetMapping("/rounds/{id}/synthesis.docx")
	ResponseEntity<byte[]> synthesisDocx(Principal principal, @PathVariable long id) {
		byte[] bytes = this.syntheses.docx(new RoundId(id), principal.getName());
		return download(bytes, "bang-tong-hop-y-kien-vong-" + id + ".docx", DOCX);
	}

	RoundView view(Round round) {
		return RoundView.of(round, this::name);
	}

	private String name(String username) {
		return this.directory.findPerson(Username.of(username)).map(Person::fullName).orElse(username);
	}

	static Instant instant(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw Problem.badRequest("bad-deadline",
					"Hạn góp ý không hợp lệ: \"" + text + "\" (ví dụ 2026-12-01T17:00:00+07:00).");
		}
	}

	/** A file Vanthu made itself (the synthesis table): its type is known. */
	static ResponseEntity<byte[]> download(byte[] bytes, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(type)
			.body(bytes);
	}

}
