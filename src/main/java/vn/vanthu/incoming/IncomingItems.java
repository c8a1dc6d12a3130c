package vn.vanthu.incoming;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.dissemination.Disseminations;
import vn.vanthu.dissemination.IncomingEntry;
import vn.vanthu.dissemination.IncomingRegister;
import vn.vanthu.dissemination.ReceiptDeadlines;
import vn.vanthu.platform.Problem;

/**
 * Incoming items as worklists show them: urgent first (Hỏa tốc, Thượng khẩn, Khẩn), then
 * by deadline, then newest. A unit's list is for its members only.
 */
@Service
public class IncomingItems {

	private final IncomingRegistration registration;

	private final IncomingRegister register;

	private final IncomingRepository repository;

	private final Disseminations disseminations;

	IncomingItems(IncomingRegistration registration, IncomingRegister register, IncomingRepository repository,
			Disseminations disseminations) {
		this.registration = registration;
		this.register = register;
		this.repository = repository;
		this.disseminations = disseminations;
	}

	/**
	 * One item.
	 * @throws Problem 404 when the user may not see it
	 */
	public IncomingItem item(long id, String username) {
		return item(this.registration.entryFor(id, username), this.repository.findCase(id).orElse(null), true);
	}

	/**
	 * A page of a unit's items, optionally in one state.
	 * @throws Problem 404 when the user is not a member of the unit
	 */
	public ItemPage list(UnitCode unit, IncomingState state, int page, int size, String username) {
		if (!this.disseminations.isMember(username, unit)) {
			throw Problem.notFound("register-not-found", "Không tìm thấy sổ văn bản đến của đơn vị " + unit + ".");
		}
		List<IncomingEntry> lines = this.register.lines(unit);
		Map<Long, IncomingCase> cases = this.repository.cases(lines.stream().map(IncomingEntry::id).toList())
			.stream()
			.collect(Collectors.toMap(IncomingCase::incomingId, Function.identity()));
		List<IncomingItem> all = lines.stream()
			.map((e) -> item(e, cases.get(e.id()), false))
			.filter((i) -> state == null || i.state() == state)
			.sorted(Comparator.comparingInt(IncomingItem::urgencyRank)
				.thenComparing((IncomingItem i) -> i.entry().handlingDeadline(),
						Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(IncomingItem::id, Comparator.reverseOrder()))
			.toList();
		int from = Math.min(page * size, all.size());
		List<IncomingItem> items = all.subList(from, Math.min(from + size, all.size()))
			.stream()
			.map((i) -> item(i.entry(), cases.get(i.id()), true))
			.toList();
		return new ItemPage(items, page, size, all.size());
	}

	/** How the item was settled, as the handler noted it, or {@code null}. */
	public String closingNote(long id) {
		return this.repository.findCase(id).map(IncomingCase::closingNote).orElse(null);
	}

	private IncomingItem item(IncomingEntry e, IncomingCase c, boolean withAssignment) {
		IncomingState state = c != null ? c.state()
				: (e.handledBy() != null ? IncomingState.HANDLED : IncomingState.ASSIGNED);
		List<Assignment> history = c == null || !withAssignment ? List.<Assignment>of()
				: this.repository.assignments(e.id());
		boolean overdue = !state.closed() && !e.withdrawn() && e.handlingDeadline() != null
				&& e.handlingDeadline().isBefore(LocalDate.now(ReceiptDeadlines.VIETNAM));
		return new IncomingItem(e.id(), e, state, c == null ? null : c.urgency(),
				c == null ? null : c.proposedDeadline(), history.isEmpty() ? null : history.get(history.size() - 1),
				overdue);
	}

	/**
	 * A page of items.
	 *
	 * @param items this page's items
	 * @param page its number, from 0
	 * @param size the page size asked for
	 * @param total how many items match
	 */
	public record ItemPage(List<IncomingItem> items, int page, int size, long total) {

	}

}
