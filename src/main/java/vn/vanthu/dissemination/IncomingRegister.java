package vn.vanthu.dissemination;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.RegisterDirection;
import vn.vanthu.document.Registers;

/**
 * The lines of the sổ văn bản đến, for the incoming module: dissemination keeps the
 * register (a delivered dispatch enters it), incoming enters what came on paper or by
 * e-mail and handles every line.
 */
@Service
public class IncomingRegister {

	private final DisseminationRepository repository;

	private final Registers registers;

	IncomingRegister(DisseminationRepository repository, Registers registers) {
		this.repository = repository;
		this.registers = registers;
	}

	/**
	 * Enters a hand-registered document under the unit's next số đến. Call it last in the
	 * transaction: the register's counter row stays locked until it ends.
	 * @return the new line's id
	 */
	public long enterByHand(UnitCode unit, LocalDate receivedOn, long documentId, String sender, String number,
			LocalDate issuedOn, String subject, UnitCode handlingUnit, LocalDate deadline, String username) {
		int year = receivedOn.getYear();
		int seq = this.registers.next(unit, year, Registers.DEFAULT_SERIES, RegisterDirection.INCOMING);
		return this.repository.insertIncoming(unit.value(), year, Registers.DEFAULT_SERIES, seq, documentId, receivedOn,
				sender, number, issuedOn, subject, handlingUnit.value(), deadline, "MANUAL", username);
	}

	/** A line, without access check (callers check). */
	public Optional<IncomingEntry> entry(long id) {
		return this.repository.incomingEntry(id);
	}

	/** Writes the leader's assignment into the line: đơn vị xử lý and hạn giải quyết. */
	public void assign(long id, UnitCode handlingUnit, LocalDate deadline) {
		this.repository.assignIncoming(id, handlingUnit.value(), deadline);
	}

	/**
	 * Every line of a unit's sổ văn bản đến, all years, newest first; callers check
	 * access.
	 */
	public List<IncomingEntry> lines(UnitCode unit) {
		return this.repository.incomingLines(unit.value());
	}

	/** Records who settled the line, and now. */
	public void markHandled(long id, String username) {
		this.repository.markHandled(id, username);
	}

}
