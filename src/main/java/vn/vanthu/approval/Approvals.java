package vn.vanthu.approval;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.approval.process.ApprovalEngine;
import vn.vanthu.approval.process.ApprovalProcess;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Position;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;
import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentOrigin;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.document.Documents;
import vn.vanthu.document.NewDocument;
import vn.vanthu.document.StoredFile;
import vn.vanthu.document.StoredFiles;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.VietnameseText;

/**
 * Approval of documents through the configured chain: the public entry point of the
 * module. {@link #start} is the one call the drafting module needs ("start approval of
 * document X drafted by Y"); approvers {@link #decide}, drafters resubmit after a return
 * ({@link Revisions}), clerks {@link #issue}. Each call checks that the user holds the
 * open task and keeps the decision in the document's history, in one transaction with the
 * engine.
 */
@Service
public class Approvals {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ApprovalRepository repository;

	private final ApprovalChains chains;

	private final ApprovalEngine engine;

	private final Documents documents;

	private final StoredFiles files;

	private final Directory directory;

	private final CapacityRules capacities;

	private final OutgoingRegister register;

	private final ApprovalSettings settings;

	private final ApplicationEventPublisher events;

	private final ApprovalVersions versions;

	private final Clock clock = Clock.system(VIETNAM);

	Approvals(ApprovalRepository repository, ApprovalChains chains, ApprovalEngine engine, Documents documents,
			StoredFiles files, Directory directory, CapacityRules capacities, OutgoingRegister register,
			ApprovalSettings settings, ApplicationEventPublisher events, ApprovalVersions versions) {
		this.repository = repository;
		this.chains = chains;
		this.engine = engine;
		this.documents = documents;
		this.files = files;
		this.directory = directory;
		this.capacities = capacities;
		this.register = register;
		this.settings = settings;
		this.events = events;
		this.versions = versions;
	}

	/**
	 * Starts the approval of a document: stores it as a draft in the library, grants the
	 * approvers and clerks reading, and starts the process at the chain's first step.
	 * @throws Problem 409 when no chain is configured for the issuer and kind
	 */
	@Transactional
	public ApprovalCase start(StartApproval request) {
		String kind = DocumentSymbols.kindOf(request.kind()) == null ? clean(request.kind())
				: DocumentSymbols.kindOf(request.kind()).label();
		ApprovalChain chain = this.chains.forDocument(request.issuerUnit(), kind)
			.orElseThrow(() -> Problem.conflict("approval-chain-missing",
					"Chưa cấu hình quy trình duyệt cho " + (kind == null ? "văn bản" : kind) + " của đơn vị "
							+ request.issuerUnit() + ". Quản trị viên cấu hình tại Quản trị › Quy trình duyệt."));
		StoredFile file = request.fileSha256() == null ? null : this.files.find(request.fileSha256()).orElse(null);
		Unit issuer = this.directory.unit(request.issuerUnit());
		Document document = this.documents
			.create(new NewDocument(
					new DocumentMetadata(null, kind, request.issuerUnit(), issuer.name(), null,
							clean(request.subject())),
					DocumentOrigin.DRAFTED, DocumentStatus.DRAFT, Set.of(), false, null, file, request.fileName(),
					request.text(), null, request.drafter()));
		StartApproval normalised = new StartApproval(request.issuerUnit(), kind, clean(request.subject()),
				request.drafter(), request.urgency(), request.fileSha256(), request.fileName(), null,
				request.draftRef());
		long id = this.repository.insert(document.id().value(), chain.id(), normalised, kind);
		for (String reader : readers(chain, request.issuerUnit())) {
			this.documents.grantReader(document.id(), reader);
		}
		int fileVersion = this.documents.get(document.id()).currentVersion();
		this.versions.add(id, fileVersion == 0 ? null : fileVersion, file == null ? null : request.fileName(),
				this.documents.text(document.id()).orElse(null), null, request.drafter());
		this.repository.setProcess(id, this.engine.start(new ApprovalId(id), request.drafter()));
		return get(new ApprovalId(id));
	}

	public ApprovalCase get(ApprovalId id) {
		return this.repository.find(id.value())
			.orElseThrow(() -> Problem.notFound("approval-not-found", "Không tìm thấy hồ sơ trình duyệt " + id + "."));
	}

	public List<ApprovalCase> ofDocument(vn.vanthu.document.DocumentId id) {
		return this.repository.ofDocument(id.value());
	}

	public List<Decision> decisions(ApprovalId id) {
		return this.repository.decisions(id.value());
	}

	public ApprovalChain chainOf(ApprovalCase c) {
		return this.chains.get(c.chainId());
	}

	/** The step of a case's chain. */
	public ChainStep step(ApprovalId id, int no) {
		return chainOf(get(id)).step(no);
	}

	/**
	 * Called by the process: enters the step after {@code after}, or none when the chain
	 * is done (the document is then signed and waits for the clerk).
	 */
	@Transactional
	public Optional<StepPlan> enterStepAfter(ApprovalId id, int after) {
		ApprovalCase c = get(id);
		Optional<ChainStep> next = chainOf(c).steps().stream().filter((s) -> s.no() > after).findFirst();
		next.ifPresent((s) -> this.repository.setStep(id.value(), s.no()));
		return next.map((s) -> new StepPlan(s.no(), s.label(), s.signing(),
				Instant.now(this.clock).plus(this.settings.stepDue(c.urgency()))));
	}

	/**
	 * The clerks who issue the case's documents: VAN_THU of the issuer or its sub-units.
	 */
	public List<String> issuingClerks(ApprovalId id) {
		UnitCode issuer = get(id).issuerUnit();
		List<String> clerks = new ArrayList<>();
		List<UnitCode> units = new ArrayList<>(List.of(issuer));
		this.directory.children(issuer).forEach((u) -> units.add(u.code()));
		for (UnitCode u : units) {
			this.directory.membersOf(u)
				.stream()
				.filter((m) -> m.position() == Position.VAN_THU)
				.forEach((m) -> clerks.add(m.username().value()));
		}
		return clerks.stream().distinct().toList();
	}

	/** The outcomes the user may choose now (empty when it is not their turn). */
	public List<Outcome> allowedOutcomes(ApprovalId id, String username) {
		ApprovalCase c = get(id);
		return switch (c.status()) {
			case IN_REVIEW -> this.engine.openTask(id, ApprovalProcess.TASK_DECIDE)
				.filter((t) -> this.engine.mayWork(t, username))
				.map((t) -> List.of(Outcome.APPROVE, Outcome.RETURN, Outcome.REJECT))
				.orElse(List.of());
			case RETURNED -> username.equals(c.drafter()) ? List.of(Outcome.RESUBMIT) : List.of();
			case SIGNED -> this.engine.openTask(id, ApprovalProcess.TASK_ISSUE)
				.filter((t) -> this.engine.mayWork(t, username))
				.map((t) -> List.of(Outcome.ISSUE))
				.orElse(List.of());
			default -> List.of();
		};
	}

	/**
	 * Decides the current step.
	 * @param capacityText the signing capacity (required at the signing step when
	 * approving)
	 * @throws Problem 403 when the user does not hold the step's task; 400 when a reason
	 * or capacity is missing or the capacity is refused; 409 when the case is not in
	 * review
	 */
	@Transactional
	public ApprovalCase decide(ApprovalId id, String username, Outcome outcome, String reason, String capacityText) {
		ApprovalCase c = get(id);
		if (c.status() != ApprovalStatus.IN_REVIEW) {
			throw Problem.conflict("approval-not-in-review",
					"Hồ sơ đang ở trạng thái \"" + c.status().label() + "\": không thể quyết định bước duyệt.");
		}
		String task = this.engine.openTask(id, ApprovalProcess.TASK_DECIDE)
			.filter((t) -> this.engine.mayWork(t, username))
			.orElseThrow(() -> this.engine.justCompletedFor(id, ApprovalProcess.TASK_DECIDE, username)
					? Problem.conflict("approval-step-decided", "Bước duyệt bạn được giao của hồ sơ " + id
							+ " đã được quyết định (bởi bạn hoặc người cùng bước): hồ sơ đã chuyển sang bước tiếp theo."
							+ " Tải lại hồ sơ để xem trạng thái mới.")
					: Problem.forbidden("approval-not-your-step",
							"Bạn không phải người duyệt bước hiện tại của hồ sơ " + id + "."));
		ChainStep step = chainOf(c).step(c.currentStep());
		String why = clean(reason);
		Capacity capacity = null;
		switch (outcome) {
			case APPROVE -> {
				if (step.signing()) {
					capacity = Capacity.parse(capacityText)
						.orElseThrow(() -> Problem.badRequest("capacity-unknown", "Thẩm quyền ký \"" + capacityText
								+ "\" không hợp lệ: chọn TM., KT., TL., TUQ., Q. (Đảng: T/M, K/T, T/L) hoặc ký trực tiếp."));
					this.capacities.check(username, c.issuerUnit(), capacity, LocalDate.now(this.clock));
					this.repository.setSigner(id.value(), username, capacity);
					this.repository.setStatus(id.value(), ApprovalStatus.SIGNED);
				}
			}
			case RETURN, REJECT -> {
				if (why == null) {
					throw Problem.badRequest("reason-required",
							outcome == Outcome.RETURN ? "Trả lại dự thảo phải nêu lý do để người soạn chỉnh sửa."
									: "Không duyệt phải nêu lý do.");
				}
				this.repository.setStatus(id.value(),
						outcome == Outcome.RETURN ? ApprovalStatus.RETURNED : ApprovalStatus.REJECTED);
			}
			default -> throw Problem.badRequest("outcome-invalid", "Quyết định không hợp lệ ở bước duyệt.");
		}
		this.repository.addDecision(id.value(), step.no(), step.label(), username, outcome, why, capacity);
		this.engine.complete(task, outcome.name(), Map.of());
		return get(id);
	}

	/**
	 * The clerk numbers and issues a signed document: next number of the issuer's
	 * outgoing register (or a typed one, refused when a duplicate), date of issue; the
	 * library's document becomes issued and searchable; {@link DocumentIssued} starts
	 * dissemination.
	 */
	@Transactional
	public OutgoingEntry issue(ApprovalId id, String clerk, IssueRequest request) {
		ApprovalCase c = get(id);
		if (c.status() != ApprovalStatus.SIGNED) {
			throw Problem.conflict("approval-not-signed",
					"Chỉ ban hành văn bản đã được ký (trạng thái hiện tại: " + c.status().label() + ").");
		}
		String task = this.engine.openTask(id, ApprovalProcess.TASK_ISSUE)
			.filter((t) -> this.engine.mayWork(t, clerk))
			.orElseThrow(() -> Problem.forbidden("approval-not-clerk", "Chỉ văn thư của đơn vị ban hành được cấp số."));
		LocalDate issuedOn = request.issuedOn() == null ? LocalDate.now(this.clock) : request.issuedOn();
		String signerName = this.directory.person(new Username(c.signer())).fullName();
		String recipients = request.recipients() != null ? clean(request.recipients()) : null;
		OutgoingEntry entry = this.register.number(new OutgoingRegister.Numbering(c.documentId().value(), id.value(),
				c.issuerUnit(), c.kind(), request.series(), request.manualNumber(), request.normative(),
				drafterShort(c), issuedOn, c.subject(), signerName, c.capacity().mark(), recipients, clerk));
		Document d = this.documents.get(c.documentId());
		this.documents.updateMetadata(d.id(),
				new DocumentMetadata(entry.number(), d.kind(), d.issuerUnit(), d.issuer(), issuedOn, d.subject()));
		this.documents.setStatus(d.id(), DocumentStatus.ISSUED);
		this.repository.setStatus(id.value(), ApprovalStatus.ISSUED);
		this.repository.addDecision(id.value(), -1, "Ban hành: " + entry.number(), clerk, Outcome.ISSUE, null, null);
		this.engine.complete(task, null, Map.of());
		this.events.publishEvent(new DocumentIssued(d.id(), c.issuerUnit(), entry.number(), clerk));
		return entry;
	}

	private String drafterShort(ApprovalCase c) {
		return this.directory.findPerson(new Username(c.drafter()))
			.flatMap((p) -> p.units().stream().filter((u) -> !u.equals(c.issuerUnit())).findFirst())
			.flatMap(this.directory::findUnit)
			.map(Unit::shortName)
			.orElse(null);
	}

	private Set<String> readers(ApprovalChain chain, UnitCode issuer) {
		Set<String> readers = new LinkedHashSet<>();
		for (ChainStep s : chain.steps()) {
			readers.addAll(s.candidateUsers());
			for (String group : s.candidateGroups()) {
				int colon = group.indexOf(':');
				UnitCode unit = UnitCode.of(colon < 0 ? group : group.substring(0, colon));
				this.directory.membersOf(unit)
					.stream()
					.filter((m) -> colon < 0 || m.position().name().equals(group.substring(colon + 1)))
					.forEach((m) -> readers.add(m.username().value()));
			}
		}
		List<UnitCode> units = new ArrayList<>(List.of(issuer));
		this.directory.children(issuer).forEach((u) -> units.add(u.code()));
		units.forEach((u) -> this.directory.membersOf(u)
			.stream()
			.filter((m) -> m.position() == Position.VAN_THU)
			.forEach((m) -> readers.add(m.username().value())));
		return readers;
	}

	static String clean(String s) {
		return s == null || s.isBlank() ? null : VietnameseText.nfc(s).strip();
	}

}
