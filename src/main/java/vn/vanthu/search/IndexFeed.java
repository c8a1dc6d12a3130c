package vn.vanthu.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.IndexSource;
import vn.vanthu.document.IndexSources;

/**
 * Feeds documents from the database to an index: reads them a few dozen at a time (a
 * batch of long laws would otherwise hold hundreds of megabytes of text), builds and
 * serialises each entry and hands it to the {@link BulkWriter}. A document whose entry
 * cannot be built is set aside; it never stops the others.
 */
@Component
class IndexFeed {

	/** Documents read from the database at once. */
	static final int READ_GROUP = 50;

	private final IndexSources sources;

	private final IndexDocuments entries;

	private final BulkWriter writer;

	private final ObjectMapper json;

	IndexFeed(IndexSources sources, IndexDocuments entries, BulkWriter writer, ObjectMapper json) {
		this.sources = sources;
		this.entries = entries;
		this.writer = writer;
		this.json = json;
	}

	/**
	 * Writes the current revision of these documents to {@code target}; ids without a
	 * document are left out of the outcome.
	 */
	BulkOutcome feed(String target, List<Long> ids) throws IOException {
		BulkWriter.Requests requests = this.writer.open(target);
		for (int from = 0; from < ids.size(); from += READ_GROUP) {
			List<DocumentId> group = ids.subList(from, Math.min(ids.size(), from + READ_GROUP))
				.stream()
				.map(DocumentId::new)
				.toList();
			for (IndexSource source : read(group, requests)) {
				Document d = source.document();
				IndexEntry entry;
				try {
					entry = new IndexEntry(d.id().value(), d.revision(),
							this.json.writeValueAsBytes(this.entries.build(source)));
				}
				catch (IOException | RuntimeException ex) {
					requests.refuse(d.id().value(), d.revision(),
							ex.getClass().getSimpleName() + ": " + ex.getMessage());
					continue;
				}
				requests.add(entry);
			}
		}
		return requests.finish();
	}

	/**
	 * Reads a group; when a row cannot be turned into a document, reads the group's
	 * documents one by one and sets aside those that fail, so that one unreadable row
	 * never holds up the others. A failing database ({@link DataAccessException}) stops
	 * the feed.
	 */
	private List<IndexSource> read(List<DocumentId> group, BulkWriter.Requests requests) {
		try {
			return this.sources.read(group);
		}
		catch (DataAccessException ex) {
			throw ex;
		}
		catch (RuntimeException groupFailure) {
			if (group.size() == 1) {
				requests.refuse(group.get(0).value(), 0, "unreadable: " + groupFailure.getMessage());
				return List.of();
			}
			List<IndexSource> read = new ArrayList<>();
			for (DocumentId id : group) {
				read.addAll(read(List.of(id), requests));
			}
			return read;
		}
	}

}
