package vn.vanthu.dissemination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.addressing.Addressing;
import vn.vanthu.addressing.NoiNhanResolver;
import vn.vanthu.addressing.ResolvedLine;
import vn.vanthu.addressing.ResolvedLine.Resolution;
import vn.vanthu.approval.DocumentIssued;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.UnitKind;
import vn.vanthu.directory.Username;
import vn.vanthu.dissemination.process.DisseminationEngine;
import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.document.Documents;
import vn.vanthu.document.RegisterDirection;
import vn.vanthu.document.Registers;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.DocumentFacts;
import vn.vanthu.text.DocumentReader;
import vn.vanthu.text.VietnameseText;

/**
 * Sending issued documents to their Nơi nhận, receipts and recall. When a document is
 * issued, a dispatch is proposed from its text (Kính gửi and Nơi nhận matched to units);
 * the clerk confirms it; each internal unit gets the document in its incoming register
 * and its clerk a task "Tiếp nhận văn bản đến"; external recipients are recorded as sent.
 * Only the sender unit sees a dispatch's receipts; only a recipient unit sees its
 * receipt.
 */
@Service
public class Disseminations {

	private final DisseminationRepository repository;

	private final DisseminationEngine engine;

	private final Documents documents;

	private final Registers registers;

	private final Directory directory;

	private final UnitClerks clerks;

	private final ReceiptDeadlines deadlines;

	private final Addressing addressing;

	Disseminations(DisseminationRepository repository, DisseminationEngine engine, Documents documents,
			Registers registers, Directory directory, UnitClerks clerks, ReceiptDeadlines deadlines,
			Addressing addressing) {
		this.repository = repository;
		this.engine = engine;
		this.documents = documents;
		this.registers = registers;
		this.directory = directory;
		this.clerks = clerks;
		this.deadlines = deadlines;
		this.addressing = addressing;
	}

	/** Proposes the dispatch of a newly issued document, in the issuing transaction. */
	@EventListener
	@Transactional
	public void onIssued(DocumentIssued issued) {
		propose(issued.documentId(), issued.issuerUnit());
	}

	/**
	 * Creates a dispatch with recipients proposed from the document's text: each Kính gửi
	 * and Nơi nhận line resolved by {@link Addressing} on the issue date, one row per
	 * unit (a line naming several units gives several rows), archive lines and "Như trên"
	 * (its Kính gửi rows are there) left out, a row without unit for what was not found.
	 */
	@Transactional
	public Dispatch propose(DocumentId documentId, UnitCode sender) {
		long id = this.repository.insertDispatch(documentId.value(), sender.value());
		Document document = this.documents.get(documentId);
		Set<UnitCode> proposed = new LinkedHashSet<>();
		for (ResolvedLine line : lines(documentId, sender, document.issuedOn())) {
			for (UnitCode unit : line.units()) {
				if (proposed.add(unit)) {
					this.repository.insertRecipient(id, line.label(), unit.value(), false, null,
							RecipientStatus.PROPOSED);
				}
			}
			if (line.how() == Resolution.UNMATCHED || line.how() == Resolution.PARTIAL) {
				this.repository.insertRecipient(id, line.label(), null, true, null, RecipientStatus.PROPOSED);
			}
		}
		this.repository.setProcess(id, this.engine.start(id));
		return dispatch(id);
	}

	private List<ResolvedLine> lines(DocumentId documentId, UnitCode sender, LocalDate issuedOn) {
		String text = this.documents.text(documentId).orElse(null);
		if (text == null) {
			return List.of();
		}
		DocumentFacts facts = DocumentReader.read(text);
		List<ResolvedLine> lines = this.addressing.resolve(facts.kinhGui(), facts.noiNhan(), sender, issuedOn);
		boolean above = lines.stream().anyMatch(ResolvedLine::fromKinhGui);
		return lines.stream()
			.filter((l) -> l.how() != Resolution.ARCHIVE)
			.filter((l) -> !(above && !l.fromKinhGui() && NoiNhanResolver.wording(l.label()).startsWith("nhu tren")))
			.toList();
	}

	public Dispatch dispatch(long id) {
		return this.repository.dispatch(id)
			.orElseThrow(() -> Problem.notFound("dispatch-not-found", "Không tìm thấy lượt gửi " + id + "."));
	}

	public List<Dispatch> dispatchesOf(DocumentId documentId) {
		return this.repository.dispatchesOf(documentId.value());
	}

	/**
	 * The clerk confirms Nơi nhận: internal units (mapped by the clerk where the text did
	 * not match) and external recipients with their channel. Delivery follows in the same
	 * transaction.
	 * @throws Problem 403 when the user is not the sender's clerk; 400 for an unknown
	 * unit or an external line without channel
	 */
	@Transactional
	public Dispatch confirm(long dispatchId, String clerk, List<RecipientChoice> choices) {
		Dispatch d = dispatch(dispatchId);
		String task = this.engine.confirmTask(dispatchId, clerk)
			.orElseThrow(() -> Problem.forbidden("dispatch-not-clerk",
					"Chỉ văn thư của đơn vị ban hành xác nhận nơi nhận của lượt gửi " + dispatchId + "."));
		this.repository.deleteProposals(d.id());
		LocalDate issuedOn = this.documents.get(new DocumentId(d.documentId())).issuedOn();
		Map<String, List<UnitCode>> chosen = new LinkedHashMap<>();
		for (RecipientChoice c : choices) {
			String label = c.label() == null ? "" : VietnameseText.nfc(c.label()).strip();
			if (c.unitCode() != null && !c.unitCode().isBlank()) {
				Unit unit = this.directory.findUnit(UnitCode.of(c.unitCode()))
					.orElseThrow(() -> Problem.badRequest("recipient-unknown-unit", "Không có đơn vị " + c.unitCode()
							+ " trong danh bạ: chọn đơn vị khác hoặc đánh dấu nơi nhận ngoài."));
				if (issuedOn != null && !unit.isValidOn(issuedOn)) {
					throw Problem.badRequest("recipient-unit-ended", "Đơn vị " + unit.name()
							+ " không còn hoạt động vào ngày ban hành văn bản: chọn đơn vị kế thừa.");
				}
				chosen.computeIfAbsent(label, (k) -> new ArrayList<>()).add(unit.code());
				this.repository.insertRecipient(d.id(), label.isEmpty() ? unit.name() : label, unit.code().value(),
						false, null, RecipientStatus.PROPOSED);
			}
			else {
				if (c.channel() == null || c.channel().isBlank()) {
					throw Problem.badRequest("recipient-channel-required", "Nơi nhận ngoài \"" + label
							+ "\" cần kênh gửi: thư điện tử, bưu chính hoặc trục liên thông.");
				}
				this.repository.insertRecipient(d.id(), label, null, true, c.channel().strip(),
						RecipientStatus.PROPOSED);
			}
		}
		this.addressing.remember(UnitCode.of(d.senderUnit()), chosen);
		this.repository.markSent(d.id(), clerk);
		this.engine.complete(task);
		return dispatch(dispatchId);
	}

	/**
	 * Called by the process after confirmation: numbers the document in each internal
	 * recipient's incoming register, lets the recipient read it, records external ones as
	 * sent.
	 */
	@Transactional
	public void deliver(long dispatchId) {
		Dispatch d = dispatch(dispatchId);
		Document document = this.documents.get(new DocumentId(d.documentId()));
		Instant now = Instant.now();
		LocalDate today = LocalDate.now(ReceiptDeadlines.VIETNAM);
		for (Receipt r : this.repository.receipts(dispatchId)) {
			if (r.external()) {
				this.repository.setReceiptStatus(r.id(), RecipientStatus.SENT);
				continue;
			}
			UnitCode unit = UnitCode.of(r.unitCode());
			int seq = this.registers.next(unit, today.getYear(), Registers.DEFAULT_SERIES, RegisterDirection.INCOMING);
			long incoming = this.repository.insertIncoming(unit.value(), today.getYear(), Registers.DEFAULT_SERIES, seq,
					document.id().value(), today, document.issuer(), document.number(), document.issuedOn(),
					document.subject(), null, null, "DISPATCH", d.sentBy());
			this.documents.grantAccess(document.id(), unit);
			this.repository.deliver(r.id(), incoming, this.deadlines.dueFor(now));
		}
	}

	/** Internal recipients' receipt ids, for the process's multi-instance. */
	public List<Long> internalReceiptIds(long dispatchId) {
		return this.repository.receipts(dispatchId)
			.stream()
			.filter((r) -> r.status() == RecipientStatus.DELIVERED)
			.map(Receipt::id)
			.toList();
	}

	public Receipt receipt(long id) {
		return this.repository.receipt(id)
			.orElseThrow(() -> Problem.notFound("receipt-not-found", "Không tìm thấy văn bản đến " + id + "."));
	}

	public List<String> senderClerks(long dispatchId) {
		return this.clerks.of(UnitCode.of(dispatch(dispatchId).senderUnit()));
	}

	public List<String> receiptClerks(long receiptId) {
		return this.clerks.of(UnitCode.of(receipt(receiptId).unitCode()));
	}

	/**
	 * The recipient's clerk acknowledges receipt: who and when are recorded; late when
	 * after the due time.
	 * @throws Problem 403 when the user is not the recipient's clerk
	 */
	@Transactional
	public Receipt acknowledge(long receiptId, String username) {
		Receipt r = receipt(receiptId);
		if (r.status() != RecipientStatus.DELIVERED) {
			throw Problem.conflict("receipt-not-pending",
					"Văn bản đến ở trạng thái \"" + r.status().label() + "\": không cần tiếp nhận.");
		}
		String task = this.engine.acknowledgeTask(r.dispatchId(), receiptId, username)
			.orElseThrow(() -> Problem.forbidden("receipt-not-clerk",
					"Chỉ văn thư (hoặc lãnh đạo) của đơn vị nhận được tiếp nhận văn bản đến này."));
		this.repository.acknowledge(receiptId, username, r.dueAt() != null && Instant.now().isAfter(r.dueAt()));
		this.engine.complete(task);
		return receipt(receiptId);
	}

	/** Called by the overdue timer: the receipt is flagged for the sender. */
	@Transactional
	public void flagOverdue(long receiptId) {
		this.repository.flagOverdue(receiptId);
	}

	/**
	 * The issuer recalls a sent document with a reason: recipients see it withdrawn, the
	 * sender's copy is frozen (status withdrawn); both stay in the registers.
	 * @throws Problem 403 when the user does not belong to the sender unit
	 */
	@Transactional
	public Dispatch recall(long dispatchId, String username, String reason) {
		Dispatch d = dispatch(dispatchId);
		requireSender(d, username);
		if (reason == null || reason.isBlank()) {
			throw Problem.badRequest("recall-reason-required", "Thu hồi văn bản phải nêu lý do.");
		}
		if (d.status() == DispatchStatus.RECALLED) {
			throw Problem.conflict("dispatch-recalled", "Văn bản đã được thu hồi.");
		}
		for (Receipt r : this.repository.receipts(dispatchId)) {
			this.repository.setReceiptStatus(r.id(), RecipientStatus.WITHDRAWN);
			if (r.incomingId() != null) {
				this.repository.withdrawIncoming(r.incomingId());
			}
		}
		this.repository.markRecalled(dispatchId, username, VietnameseText.nfc(reason).strip());
		this.documents.setStatus(new DocumentId(d.documentId()), DocumentStatus.WITHDRAWN);
		this.engine.recall(dispatchId);
		return dispatch(dispatchId);
	}

	/**
	 * The receipts of a dispatch, for the sender unit only.
	 * @throws Problem 404 for anyone else (a unit sees only what it sent or received)
	 */
	public List<Receipt> receiptsFor(long dispatchId, String username) {
		Dispatch d = dispatch(dispatchId);
		if (!memberOf(username, d.senderUnit())) {
			throw Problem.notFound("dispatch-not-found", "Không tìm thấy lượt gửi " + dispatchId + ".");
		}
		return this.repository.receipts(dispatchId);
	}

	/**
	 * One receipt, for its recipient unit or the sender unit.
	 * @throws Problem 404 for anyone else
	 */
	public Receipt receiptFor(long receiptId, String username) {
		Receipt r = receipt(receiptId);
		boolean recipient = r.unitCode() != null && memberOf(username, r.unitCode());
		if (!recipient && !memberOf(username, dispatch(r.dispatchId()).senderUnit())) {
			throw Problem.notFound("receipt-not-found", "Không tìm thấy văn bản đến " + receiptId + ".");
		}
		return r;
	}

	/**
	 * The incoming register (sổ văn bản đến) of a unit for a year, for its members only.
	 * @throws Problem 404 for anyone else
	 */
	public List<IncomingEntry> incoming(UnitCode unit, int year, String username) {
		if (!memberOf(username, unit.value())) {
			throw Problem.notFound("register-not-found", "Không tìm thấy sổ văn bản đến của đơn vị " + unit + ".");
		}
		return this.repository.incoming(unit.value(), year);
	}

	/**
	 * A dispatch, for members of its sender unit only.
	 * @throws Problem 404 for anyone else
	 */
	public Dispatch dispatchFor(long dispatchId, String username) {
		Dispatch d = dispatch(dispatchId);
		if (!memberOf(username, d.senderUnit())) {
			throw Problem.notFound("dispatch-not-found", "Không tìm thấy lượt gửi " + dispatchId + ".");
		}
		return d;
	}

	/** A line of a sổ văn bản đến, without access check (callers check). */
	public Optional<IncomingEntry> incomingEntry(long id) {
		return this.repository.incomingEntry(id);
	}

	/**
	 * The latest dispatches (at most 200) of a sender unit, for its members only.
	 * @throws Problem 404 for anyone else
	 */
	public List<Dispatch> dispatchesBy(UnitCode sender, String username) {
		if (!memberOf(username, sender.value())) {
			throw Problem.notFound("dispatch-not-found", "Không tìm thấy văn bản đã gửi của đơn vị " + sender + ".");
		}
		return this.repository.dispatchesBySender(sender.value(), 200);
	}

	/** Whether the user holds the open "Xác nhận nơi nhận" task of the dispatch. */
	public boolean mayConfirm(long dispatchId, String username) {
		return dispatch(dispatchId).status() == DispatchStatus.PREPARING
				&& this.engine.confirmTask(dispatchId, username).isPresent();
	}

	/** Whether the user holds the open "Tiếp nhận văn bản đến" task of the receipt. */
	public boolean mayAcknowledge(long receiptId, String username) {
		Receipt r = receipt(receiptId);
		return r.status() == RecipientStatus.DELIVERED
				&& this.engine.acknowledgeTask(r.dispatchId(), receiptId, username).isPresent();
	}

	/** The units a clerk may map a line of Nơi nhận to: those valid on the issue date. */
	public List<Unit> recipientUnits(long dispatchId) {
		Dispatch d = dispatch(dispatchId);
		return this.addressing.recipientUnits(this.documents.get(new DocumentId(d.documentId())).issuedOn());
	}

	/**
	 * Whether the user belongs to the unit, directly or through one of its departments
	 * (its office keeps its registers).
	 */
	public boolean isMember(String username, UnitCode unit) {
		return memberOf(username, unit.value());
	}

	/**
	 * Whether a unit is a department of another (its office, a phòng): their staff act
	 * for it. Mass organisations under a commune are separate units.
	 */
	private boolean officeOf(UnitCode unit, UnitCode of) {
		Unit u = this.directory.unit(unit);
		return of.equals(u.parent()) && u.kind() == UnitKind.DEPARTMENT;
	}

	private void requireSender(Dispatch d, String username) {
		if (!memberOf(username, d.senderUnit())) {
			throw Problem.forbidden("dispatch-not-sender", "Chỉ đơn vị ban hành được thu hồi văn bản đã gửi.");
		}
	}

	boolean memberOf(String username, String unit) {
		UnitCode code = UnitCode.of(unit);
		return this.directory.findPerson(new Username(username))
			.map((p) -> p.units().stream().anyMatch((u) -> u.equals(code) || officeOf(u, code)))
			.orElse(false);
	}

}
