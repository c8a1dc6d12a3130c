package vn.vanthu.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentAccess;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.Documents;

/**
 * Computes the follow-up report from the module's tables as of an explicit instant: tasks
 * confirmed after it and cancelled tasks are not counted; each counted task falls in
 * exactly one {@link Category}, judged against its current (extended) due date. Only the
 * tasks the viewer may see are counted: by unit, and of directives the viewer may open.
 */
@Service
public class FollowupReports {

	private final FollowupStore store;

	private final Followup followup;

	private final Documents documents;

	private final Directory directory;

	private final DocumentAccess access;

	FollowupReports(FollowupStore store, Followup followup, Documents documents, Directory directory,
			DocumentAccess access) {
		this.access = access;
		this.store = store;
		this.followup = followup;
		this.documents = documents;
		this.directory = directory;
	}

	public FollowupReport report(ReportFilter filter, Instant asOf, String username) {
		Viewer viewer = this.followup.viewer(username);
		LocalDate day = LocalDate.ofInstant(asOf, FollowupClock.ZONE);
		StringBuilder where = new StringBuilder("where t.status <> 'CANCELLED' and t.created_at <= :asOf");
		Map<String, Object> params = new HashMap<>();
		params.put("asOf", FollowupStore.ts(asOf));
		if (filter.dueFrom() != null) {
			where.append(" and t.due_on >= :from");
			params.put("from", filter.dueFrom());
		}
		if (filter.dueTo() != null) {
			where.append(" and t.due_on <= :to");
			params.put("to", filter.dueTo());
		}
		if (filter.unit() != null) {
			where.append(" and t.lead_unit = :unit");
			params.put("unit", filter.unit().value());
		}
		if (filter.documentId() != null) {
			where.append(" and t.document_id = :doc");
			params.put("doc", filter.documentId());
		}
		if (filter.issuer() != null) {
			where.append(" and t.assigner_unit = :issuer");
			params.put("issuer", filter.issuer().value());
		}
		where.append(" order by t.due_on, t.id");
		Map<Long, String> titles = new HashMap<>();
		Map<UnitCode, String> unitNames = new HashMap<>();
		List<FollowupReport.Line> lines = new ArrayList<>();
		Counts total = Counts.ZERO;
		Map<String, Counts> byUnit = new LinkedHashMap<>();
		Map<String, Counts> byDoc = new LinkedHashMap<>();
		Map<YearMonth, Counts> byMonth = new TreeMap<>();
		List<FollowupTask> seen = this.store.query(where.toString(), params).stream().filter(viewer::canSee).toList();
		// only the tasks of directives the viewer may open count (ADR 0008)
		java.util.Set<DocumentId> open = this.access.readable(
				seen.stream().map((t) -> new DocumentId(t.documentId())).distinct().toList(),
				this.access.readerOf(username));
		for (FollowupTask task : seen) {
			if (!open.contains(new DocumentId(task.documentId()))) {
				continue;
			}
			Category category = Category.of(task, day);
			boolean duePassed = task.dueOn().isBefore(day);
			total = total.plus(category, duePassed);
			byUnit.merge(task.leadUnit().value(), Counts.ZERO.plus(category, duePassed), FollowupReports::sum);
			byDoc.merge(Long.toString(task.documentId()), Counts.ZERO.plus(category, duePassed), FollowupReports::sum);
			byMonth.merge(YearMonth.from(task.dueOn()), Counts.ZERO.plus(category, duePassed), FollowupReports::sum);
			lines.add(new FollowupReport.Line(task, category, titles.computeIfAbsent(task.documentId(), this::title),
					unitNames.computeIfAbsent(task.leadUnit(), this::unitName)));
		}
		return new FollowupReport(asOf, day, filter, total,
				rows(byUnit, (k) -> unitNames.computeIfAbsent(UnitCode.of(k), this::unitName)),
				rows(byDoc, (k) -> titles.computeIfAbsent(Long.valueOf(k), this::title)),
				byMonth.entrySet().stream().map((e) -> new FollowupReport.MonthRow(e.getKey(), e.getValue())).toList(),
				lines);
	}

	private static List<FollowupReport.Row> rows(Map<String, Counts> map, Function<String, String> label) {
		return map.entrySet()
			.stream()
			.map((e) -> new FollowupReport.Row(e.getKey(), label.apply(e.getKey()), e.getValue()))
			.sorted(java.util.Comparator.comparing(FollowupReport.Row::label))
			.toList();
	}

	private static Counts sum(Counts a, Counts b) {
		return new Counts(a.doneOnTime() + b.doneOnTime(), a.doneLate() + b.doneLate(),
				a.openOverdue() + b.openOverdue(), a.openNotDue() + b.openNotDue(), a.duePassed() + b.duePassed());
	}

	private String title(Long documentId) {
		return this.documents.find(new DocumentId(documentId)).map(Document::title).orElse("Văn bản #" + documentId);
	}

	private String unitName(UnitCode code) {
		return this.directory.findUnit(code).map(Unit::name).orElse(code.value());
	}

}
