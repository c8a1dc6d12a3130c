package vn.vanthu.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.vanthu.addressing.Addressing;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentAccess;
import vn.vanthu.document.DocumentAssignment;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.Documents;
import vn.vanthu.text.Assignment;
import vn.vanthu.text.DeadlineDate;
import vn.vanthu.text.DocumentReader;

/**
 * Proposes the assignments of a directive to the clerk: as the text module reads them,
 * matched to units and with their due dates. The text is read again (rather than taken
 * from the library's stored assignments) because the page highlights the source passage,
 * whose offsets the library does not keep.
 */
@Service
public class FollowupProposals {

	private static final int CONTEXT = 160;

	private final Documents documents;

	private final DocumentAccess access;

	private final Addressing addressing;

	private final FollowupSettings settings;

	private final FollowupClock clock;

	private final WorkingDays days;

	FollowupProposals(Documents documents, DocumentAccess access, Addressing addressing, FollowupSettings settings,
			FollowupClock clock, WorkingDays days) {
		this.documents = documents;
		this.access = access;
		this.addressing = addressing;
		this.settings = settings;
		this.clock = clock;
		this.days = days;
	}

	/** The proposals for a directive the user may read (404 otherwise). */
	public List<ProposedAssignment> propose(DocumentId id, String username) {
		Document document = this.documents.get(id);
		this.access.check(document, this.access.readerOf(username));
		List<ProposedAssignment> out = new ArrayList<>();
		String text = this.documents.text(id).orElse(null);
		if (text != null) {
			List<Assignment> found = DocumentReader.read(text).assignments();
			for (Assignment a : found) {
				String deadline = a.deadline() == null ? null : a.deadline().toString();
				out.add(new ProposedAssignment(out.size(), a.assignee(), a.task(), deadline, dueOn(deadline),
						a.recurrence(), match(a.assignee(), document), before(text, a.start()),
						text.substring(a.start(), Math.min(a.end(), text.length())), after(text, a.end())));
			}
			return out;
		}
		for (DocumentAssignment a : this.documents.assignments(id)) {
			out.add(new ProposedAssignment(out.size(), a.assignee(), a.task(), a.deadline(), dueOn(a.deadline()),
					a.recurrence() == null ? null : vn.vanthu.text.Recurrence.valueOf(a.recurrence()),
					match(a.assignee(), document), "", a.task(), ""));
		}
		return out;
	}

	/**
	 * The due date of a deadline as read: a day as is, the last working day of a month or
	 * quarter, the admin's default after today when there is none.
	 */
	public LocalDate dueOn(String deadline) {
		return DeadlineDate.parse(deadline)
			.map(this.days::dueDate)
			.orElseGet(() -> this.days.onOrBefore(this.clock.today().plusDays(this.settings.defaultDays())));
	}

	/** The assignee's unit among those that exist today, when a task is assigned. */
	private UnitCode match(String assignee, Document document) {
		return this.addressing.matchUnit(assignee, document.issuerUnit(), this.clock.today()).orElse(null);
	}

	private static String before(String text, int start) {
		int from = Math.max(0, start - CONTEXT);
		return (from > 0 ? "…" : "") + text.substring(from, Math.max(from, start));
	}

	private static String after(String text, int end) {
		int to = Math.min(text.length(), end + CONTEXT);
		return text.substring(Math.min(end, to), to) + (to < text.length() ? "…" : "");
	}

}
