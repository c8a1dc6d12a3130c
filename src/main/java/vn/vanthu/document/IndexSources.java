package vn.vanthu.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads documents for the search index in a fixed number of queries per batch, whatever
 * its size: the documents, their texts, their cited number keys and their named readers.
 * Indexing thousands of documents one query at a time would cost more than indexing them.
 */
@Service
public class IndexSources {

	private final DocumentRepository repository;

	private final JdbcClient jdbc;

	IndexSources(DocumentRepository repository, JdbcClient jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	/**
	 * The documents with these ids, in id order; ids without a document are left out.
	 * Callers keep batches to a few hundred ids (one SQL parameter each).
	 */
	public List<IndexSource> read(Collection<DocumentId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Long> keys = ids.stream().map(DocumentId::value).distinct().toList();
		List<Document> documents = this.repository.query("where d.id in (:ids) order by d.id", Map.of("ids", keys));
		Map<Long, String> texts = new HashMap<>();
		this.jdbc.sql("select document_id, body from document_text where document_id in (:ids)")
			.param("ids", keys)
			.query((rs) -> {
				texts.put(rs.getLong(1), rs.getString(2));
			});
		Map<Long, List<String>> cited = new HashMap<>();
		this.jdbc
			.sql("select document_id, number_key from document_citation where document_id in (:ids)"
					+ " order by document_id, seq")
			.param("ids", keys)
			.query((rs) -> {
				cited.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, Set<String>> readers = new HashMap<>();
		this.jdbc.sql("select document_id, username from document_reader where document_id in (:ids)")
			.param("ids", keys)
			.query((rs) -> {
				readers.computeIfAbsent(rs.getLong(1), (k) -> new HashSet<>()).add(rs.getString(2));
			});
		return documents.stream().map((d) -> {
			long id = d.id().value();
			return new IndexSource(d, texts.get(id), cited.getOrDefault(id, List.of()),
					readers.getOrDefault(id, Set.of()));
		}).toList();
	}

}
