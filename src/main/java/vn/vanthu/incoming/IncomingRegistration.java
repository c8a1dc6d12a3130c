package vn.vanthu.incoming;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Position;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;
import vn.vanthu.dissemination.Disseminations;
import vn.vanthu.dissemination.IncomingEntry;
import vn.vanthu.dissemination.IncomingRegister;
import vn.vanthu.dissemination.ReceiptDeadlines;
import vn.vanthu.dissemination.UnitClerks;
import vn.vanthu.incoming.process.IncomingHandlingEngine;
import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentOrigin;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.document.Documents;
import vn.vanthu.ingest.Ingestion;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.DocumentFacts;
import vn.vanthu.text.DocumentReader;
import vn.vanthu.text.VietnameseText;

/**
 * Registers by hand a document that came on paper or by e-mail ("Phiếu giải quyết văn bản
 * đến"): the file enters the library through the ingest module (text extracted and read
 * by the text module), the clerk's metadata win over what the text says, the unit's sổ
 * văn bản đến gives the incoming number, and the document is assigned to a handling unit
 * with a deadline. Only members of the receiving unit register; the incoming number is
 * taken last, so the register stays gapless.
 */
@Service
public class IncomingRegistration {

	private final Ingestion ingestion;

	private final Documents documents;

	private final Directory directory;

	private final Disseminations disseminations;

	private final IncomingRegister register;

	private final IncomingHandlingEngine handling;

	private final UnitClerks clerks;

	private final DeadlineProposals proposals;

	private final IncomingRepository cases;

	IncomingRegistration(Ingestion ingestion, Documents documents, Directory directory, Disseminations disseminations,
			IncomingRegister register, IncomingHandlingEngine handling, UnitClerks clerks, DeadlineProposals proposals,
			IncomingRepository cases) {
		this.proposals = proposals;
		this.cases = cases;
		this.ingestion = ingestion;
		this.documents = documents;
		this.directory = directory;
		this.disseminations = disseminations;
		this.register = register;
		this.handling = handling;
		this.clerks = clerks;
	}

	/**
	 * Registers a received document.
	 * @return the line of the sổ văn bản đến
	 * @throws Problem 403 when the user does not belong to the receiving unit; 400 for a
	 * missing file, a handling unit outside the receiving unit, or a deadline before
	 * arrival
	 */
	@Transactional
	public IncomingEntry register(HandRegistration r, String username) {
		if (r.unit() == null || !this.disseminations.isMember(username, r.unit())) {
			throw Problem.forbidden("incoming-not-member",
					"Chỉ văn thư, cán bộ của đơn vị nhận được vào sổ văn bản đến của đơn vị.");
		}
		if (r.content() == null || r.fileName() == null || r.fileName().isBlank()) {
			throw Problem.badRequest("incoming-file-required", "Cần tải lên tệp văn bản đến (bản quét hoặc tệp nhận).");
		}
		UnitCode handling = r.handlingUnit() == null ? r.unit() : r.handlingUnit();
		if (!handling.equals(r.unit()) && !within(handling, r.unit())) {
			throw Problem.badRequest("incoming-handling-unit",
					"Đơn vị xử lý phải là đơn vị nhận hoặc một đơn vị trực thuộc của đơn vị nhận.");
		}
		LocalDate receivedOn = r.receivedOn() == null ? LocalDate.now(ReceiptDeadlines.VIETNAM) : r.receivedOn();
		Document document = this.ingestion.ingest(r.content(), VietnameseText.nfc(r.fileName()),
				new Ingestion.Options(username, new HashSet<>(List.of(r.unit(), handling)), false,
						DocumentOrigin.RECEIVED, DocumentStatus.RECEIVED))
			.document();
		document = this.documents.updateMetadata(document.id(),
				new DocumentMetadata(or(r.number(), document.number()), document.kind(), document.issuerUnit(),
						or(r.sender(), document.issuer()), r.issuedOn() != null ? r.issuedOn() : document.issuedOn(),
						or(r.subject(), document.subject())));
		this.documents.grantAccess(document.id(), r.unit());
		this.documents.grantAccess(document.id(), handling);
		DocumentFacts facts = DocumentReader.read(this.documents.text(document.id()).orElse(""));
		LocalDate proposed = this.proposals.propose(facts, receivedOn);
		LocalDate deadline = r.deadline() != null ? r.deadline() : proposed;
		if (deadline.isBefore(receivedOn)) {
			throw Problem.badRequest("incoming-deadline-past", "Hạn giải quyết không được trước ngày đến.");
		}
		// taken last: the counter row stays locked until the transaction ends
		long id = this.register.enterByHand(r.unit(), receivedOn, document.id().value(), document.issuer(),
				document.number(), document.issuedOn(), document.subject(), handling, deadline, username);
		this.cases.insertCase(id, Urgency.of(facts), deadline);
		this.handling.start(id);
		return this.register.entry(id).orElseThrow();
	}

	/**
	 * Who settles an entry: the heads of its handling unit (their deputies when it has no
	 * head), else its clerks.
	 */
	public List<String> handlers(long incomingId) {
		IncomingEntry e = this.register.entry(incomingId).orElseThrow();
		UnitCode unit = UnitCode.of(e.handlingUnit() == null ? e.unitCode() : e.handlingUnit());
		List<String> heads = this.directory.headsOf(unit).stream().map(Username::value).toList();
		return heads.isEmpty() ? this.clerks.of(unit) : heads;
	}

	/**
	 * Who assigns an entry: the heads and deputies of its receiving unit (Chủ tịch, Phó
	 * Chủ tịch), else its heads as the directory knows them.
	 */
	public List<String> leaders(long incomingId) {
		IncomingEntry e = this.register.entry(incomingId).orElseThrow();
		UnitCode unit = UnitCode.of(e.unitCode());
		List<String> leaders = this.directory.membersOf(unit)
			.stream()
			.filter((m) -> m.position().rank() != Position.Rank.STAFF)
			.map((m) -> m.username().value())
			.distinct()
			.toList();
		return leaders.isEmpty() ? this.directory.headsOf(unit).stream().map(Username::value).toList() : leaders;
	}

	/** The deadline's end of working day, Vietnam time. */
	public Instant handlingDue(long incomingId) {
		IncomingEntry e = this.register.entry(incomingId).orElseThrow();
		LocalDate day = e.handlingDeadline() == null ? e.receivedOn() : e.handlingDeadline();
		return day.atTime(LocalTime.of(17, 0)).atZone(ReceiptDeadlines.VIETNAM).toInstant();
	}

	/** Whether the user holds the open "Giải quyết văn bản đến" task of the entry. */
	public boolean mayHandle(long incomingId, String username) {
		return this.handling.task(incomingId, username).isPresent();
	}

	/**
	 * The handling unit's head records the document as settled: who and when.
	 * @throws Problem 403 when the user does not hold the handling task
	 */
	@Transactional
	public IncomingEntry complete(long incomingId, String username) {
		return close(incomingId, IncomingState.HANDLED, null, username);
	}

	/**
	 * The handler closes the item: settled without a document (with a note) or kept for
	 * information only.
	 * @throws Problem 403 when the user does not hold the handling task; 400 for another
	 * state
	 */
	@Transactional
	public IncomingEntry close(long incomingId, IncomingState state, String note, String username) {
		entryFor(incomingId, username);
		if (state != IncomingState.HANDLED && state != IncomingState.FILED) {
			throw Problem.badRequest("incoming-closing", "Chỉ ghi nhận được: đã giải quyết hoặc lưu để biết.");
		}
		String task = this.handling.task(incomingId, username)
			.orElseThrow(() -> Problem.forbidden("incoming-not-handler",
					"Chỉ lãnh đạo đơn vị xử lý được ghi nhận đã giải quyết văn bản đến này."));
		this.register.markHandled(incomingId, username);
		this.cases.close(incomingId, state, note == null || note.isBlank() ? null : VietnameseText.nfc(note).strip(),
				username);
		this.handling.complete(task);
		return this.register.entry(incomingId).orElseThrow();
	}

	/**
	 * A line of a sổ văn bản đến, for members of the receiving or the handling unit.
	 * @throws Problem 404 for anyone else
	 */
	public IncomingEntry entryFor(long id, String username) {
		IncomingEntry e = this.register.entry(id)
			.filter((x) -> this.disseminations.isMember(username, UnitCode.of(x.unitCode()))
					|| (x.handlingUnit() != null
							&& this.disseminations.isMember(username, UnitCode.of(x.handlingUnit())))
					|| party(id, username))
			.orElseThrow(() -> Problem.notFound("incoming-not-found", "Không tìm thấy văn bản đến " + id + "."));
		return e;
	}

	/**
	 * Whether the user is named in the current assignment: a co-operating unit's or an
	 * informed unit's member, or an informed person.
	 */
	private boolean party(long id, String username) {
		List<Assignment> all = this.cases.assignments(id);
		if (all.isEmpty()) {
			return false;
		}
		Assignment a = all.get(all.size() - 1);
		return a.infoPeople().contains(username)
				|| java.util.stream.Stream.concat(a.coUnits().stream(), a.infoUnits().stream())
					.anyMatch((u) -> this.disseminations.isMember(username, UnitCode.of(u)));
	}

	/** Whether a unit lies under another (any depth). */
	boolean within(UnitCode unit, UnitCode ancestor) {
		Optional<Unit> u = this.directory.findUnit(unit);
		for (int depth = 0; u.isPresent() && u.get().parent() != null && depth < 10; depth++) {
			if (u.get().parent().equals(ancestor)) {
				return true;
			}
			u = this.directory.findUnit(u.get().parent());
		}
		return false;
	}

	private static String or(String given, String read) {
		return given == null || given.isBlank() ? read : VietnameseText.nfc(given).strip();
	}

}
