package vn.vanthu.incoming;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;
import vn.vanthu.dissemination.IncomingEntry;
import vn.vanthu.dissemination.IncomingRegister;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.Documents;
import vn.vanthu.incoming.process.IncomingHandlingEngine;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.VietnameseText;

/**
 * The leader's assignment of an incoming item (Decree 30 Art. 21): lead unit,
 * co-operating units, units and people for information, deadline and instructions. The
 * first one completes the "Phân công" task and opens the lead unit's handling task; a
 * later one (re-assignment) moves the open handling task and keeps the earlier ones as
 * history. Only the receiving unit's leaders assign; every named unit and person may then
 * read the document.
 */
@Service
public class Assignments {

	private final IncomingRegistration registration;

	private final IncomingRepository repository;

	private final IncomingRegister register;

	private final IncomingHandlingEngine engine;

	private final Directory directory;

	private final Documents documents;

	Assignments(IncomingRegistration registration, IncomingRepository repository, IncomingRegister register,
			IncomingHandlingEngine engine, Directory directory, Documents documents) {
		this.registration = registration;
		this.repository = repository;
		this.register = register;
		this.engine = engine;
		this.directory = directory;
		this.documents = documents;
	}

	/**
	 * Assigns or re-assigns the item.
	 * @throws Problem 404 when the user may not see it; 403 when not a leader of the
	 * receiving unit; 409 when it is closed; 400 for a unit outside the receiving unit,
	 * an unknown person or a deadline before arrival
	 */
	@Transactional
	public Assignment assign(long incomingId, AssignmentRequest r, String username) {
		IncomingEntry e = this.registration.entryFor(incomingId, username);
		IncomingCase c = this.repository.findCase(incomingId)
			.orElseThrow(() -> Problem.conflict("incoming-not-assignable",
					"Văn bản đến này không qua bước phân công (vào sổ trước khi có chức năng này)."));
		if (!mayAssign(incomingId, username)) {
			throw Problem.forbidden("incoming-not-leader",
					"Chỉ lãnh đạo đơn vị nhận được phân công giải quyết văn bản đến.");
		}
		if (c.state().closed()) {
			throw Problem.conflict("incoming-closed", "Văn bản đến đã được giải quyết: không phân công lại được.");
		}
		UnitCode receiving = UnitCode.of(e.unitCode());
		if (r.leadUnit() == null || r.leadUnit().isBlank() || !inside(r.leadUnit(), receiving)) {
			throw Problem.badRequest("incoming-lead-unit",
					"Đơn vị xử lý chính phải là đơn vị nhận hoặc một đơn vị trực thuộc của đơn vị nhận.");
		}
		for (String u : concat(r.coUnits(), r.infoUnits())) {
			if (!inside(u, receiving)) {
				throw Problem.badRequest("incoming-party-unit",
						"Đơn vị phối hợp, nhận để biết phải thuộc đơn vị nhận: " + u + ".");
			}
		}
		for (String p : r.infoPeople()) {
			if (this.directory.findPerson(new Username(p)).isEmpty()) {
				throw Problem.badRequest("incoming-party-person", "Không có người dùng " + p + ".");
			}
		}
		LocalDate deadline = r.deadline() != null ? r.deadline()
				: (c.proposedDeadline() != null ? c.proposedDeadline() : e.handlingDeadline());
		if (deadline == null || deadline.isBefore(e.receivedOn())) {
			throw Problem.badRequest("incoming-deadline-past", "Hạn giải quyết không được trước ngày đến.");
		}
		String instructions = r.instructions() == null || r.instructions().isBlank() ? null
				: VietnameseText.nfc(r.instructions()).strip();
		long id = this.repository.insertAssignment(incomingId, r, deadline, instructions, username);
		UnitCode lead = UnitCode.of(r.leadUnit());
		this.register.assign(incomingId, lead, deadline);
		DocumentId document = new DocumentId(e.documentId());
		concat(List.of(r.leadUnit()), concat(r.coUnits(), r.infoUnits()))
			.forEach((u) -> this.documents.grantAccess(document, UnitCode.of(u)));
		r.infoPeople().forEach((p) -> this.documents.grantReader(document, p));
		if (c.state() == IncomingState.AWAITING_ASSIGNMENT) {
			this.repository.setState(incomingId, IncomingState.ASSIGNED);
			this.engine.assignTask(incomingId, username).ifPresent(this.engine::complete);
		}
		else {
			this.engine.reassign(incomingId, this.registration.handlers(incomingId),
					Date.from(this.registration.handlingDue(incomingId)));
		}
		return history(incomingId).stream().filter((a) -> a.id() == id).findFirst().orElseThrow();
	}

	/** Whether the user is a leader of the item's receiving unit. */
	public boolean mayAssign(long incomingId, String username) {
		return this.registration.leaders(incomingId).contains(username);
	}

	/** The assignments, oldest first (the last is in force); callers check access. */
	public List<Assignment> history(long incomingId) {
		return this.repository.assignments(incomingId);
	}

	private boolean inside(String unit, UnitCode receiving) {
		UnitCode u = UnitCode.of(unit.strip());
		return this.directory.findUnit(u).isPresent()
				&& (u.equals(receiving) || this.registration.within(u, receiving));
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
