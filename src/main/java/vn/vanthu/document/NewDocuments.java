package vn.vanthu.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.vanthu.text.Assignment;
import vn.vanthu.text.Citation;
import vn.vanthu.text.DocumentFacts;
import vn.vanthu.text.DocumentReader;
import vn.vanthu.text.VietnameseText;

/**
 * Inserts new documents, one or many, in a fixed number of statements per kind of row: a
 * bulk import records tens of thousands of documents, each with a version, recipients, a
 * text, citations and assignments, and one round trip per row would cost more than the
 * rows. Runs inside the caller's transaction ({@link Documents}).
 */
@Component
class NewDocuments {

	private final DocumentRepository repository;

	private final CitationGraph citations;

	private final AssignmentStore assignments;

	private final ApplicationEventPublisher events;

	private final StoredFiles files;

	NewDocuments(DocumentRepository repository, CitationGraph citations, AssignmentStore assignments,
			ApplicationEventPublisher events, StoredFiles files) {
		this.files = files;
		this.repository = repository;
		this.citations = citations;
		this.assignments = assignments;
		this.events = events;
	}

	/**
	 * One document to insert.
	 *
	 * @param request what to create
	 * @param sourceSha256 the file it is made from (unique per library), or {@code null}
	 */
	record Insert(NewDocument request, String sourceSha256) {
	}

	/**
	 * Inserts the documents, and their files unless recorded, with what the text module
	 * reads in their texts, resolves their citations and the citations of their numbers
	 * elsewhere in the library, and publishes one {@link DocumentStored} for them all.
	 * @return the documents, in the order given
	 */
	List<Document> insert(List<Insert> inserts) {
		List<DocumentRow> rows = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		List<DocumentFacts> facts = new ArrayList<>();
		for (Insert insert : inserts) {
			NewDocument r = insert.request();
			String text = r.text() == null ? null : VietnameseText.nfc(r.text());
			DocumentFacts read = text == null ? null : DocumentReader.read(text);
			texts.add(text);
			facts.add(read);
			rows.add(DocumentRow.of(r.metadata(), read, r.origin(), r.status(), r.isPublic(), r.secrecy(),
					r.extraction()));
		}
		List<Long> ids = this.repository.insertAll(rows, inserts.stream().map(Insert::request).toList(),
				inserts.stream().map(Insert::sourceSha256).toList());
		List<Object[]> versions = new ArrayList<>();
		List<Object[]> recipients = new ArrayList<>();
		List<Object[]> bodies = new ArrayList<>();
		Map<Long, List<Citation>> cited = new LinkedHashMap<>();
		Map<Long, List<Assignment>> assigned = new LinkedHashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			long id = ids.get(i);
			NewDocument r = inserts.get(i).request();
			if (r.file() != null) {
				versions.add(DocumentRepository.versionRow(id, 1, r.file(), r.fileName(), r.createdBy()));
			}
			r.recipients().forEach((u) -> recipients.add(new Object[] { id, u.value() }));
			if (texts.get(i) != null) {
				bodies.add(new Object[] { id, texts.get(i) });
			}
			if (facts.get(i) != null) {
				cited.put(id, facts.get(i).citations());
				assigned.put(id, facts.get(i).assignments());
			}
		}
		// files written but not recorded yet (an import's and an upload's) are recorded
		// with their documents: one commit for both
		this.files.recordAll(inserts.stream().map((i) -> i.request().file()).filter(Objects::nonNull).toList());
		this.repository.insertVersions(versions);
		this.repository.insertRecipients(recipients);
		this.repository.insertTexts(bodies);
		this.citations.insert(cited);
		this.assignments.insert(assigned);
		this.citations
			.resolveKeys(rows.stream().filter((r) -> r.number() != null).map((r) -> r.number().key()).toList());
		Map<Long, Document> created = this.repository.query("where d.id in (:ids)", Map.of("ids", ids))
			.stream()
			.collect(Collectors.toMap((d) -> d.id().value(), (d) -> d));
		List<Document> result = ids.stream().map(created::get).toList();
		this.events.publishEvent(new DocumentStored(
				result.stream().map((d) -> new DocumentStored.Revision(d.id(), d.revision())).toList()));
		return result;
	}

}
