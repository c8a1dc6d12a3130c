package vn.vanthu.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.Documents;
import vn.vanthu.document.IndexSource;
import vn.vanthu.document.IndexSources;

/**
 * The document index behind its read and write aliases. The mapping is a versioned JSON
 * resource; {@link #reindex()} builds a fresh index from the database and swaps the
 * aliases, so searching goes on during a rebuild and a changed mapping is rolled out by
 * reindexing.
 */
@Service
public class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/** An index's name: {@code <alias>-v<mapping version>-<timestamp>}. */
	private static final Pattern VERSIONED = Pattern.compile(".*-v(\\d+)-\\d+");

	private final ElasticsearchClient client;

	private final SearchSettings settings;

	private final Documents documents;

	private final IndexSources sources;

	private final IndexDocuments entries;

	private volatile boolean ensured;

	SearchIndex(ElasticsearchClient client, SearchSettings settings, Documents documents, IndexSources sources,
			IndexDocuments entries) {
		this.client = client;
		this.settings = settings;
		this.documents = documents;
		this.sources = sources;
		this.entries = entries;
	}

	/** Creates the first index and its aliases when there is none. */
	public synchronized void ensure() throws IOException {
		if (this.ensured) {
			return;
		}
		if (!this.client.indices().existsAlias((a) -> a.name(this.settings.readAlias())).value()) {
			String index = createIndex();
			this.client.indices()
				.updateAliases((u) -> u.actions((a) -> a.add((x) -> x.index(index).alias(this.settings.readAlias())))
					.actions((a) -> a.add((x) -> x.index(index).alias(this.settings.writeAlias()).isWriteIndex(true))));
			log.info("Created search index {}", index);
		}
		else {
			Set<String> outdated = outdated(readIndicesUnchecked());
			if (!outdated.isEmpty()) {
				log.warn("Search index {} was built with an older mapping than {} (version {}): search works, but"
						+ " run `java -jar vanthu.jar reindex` or the administration page's rebuild to roll the new"
						+ " mapping out", outdated, this.settings.mapping(), this.settings.mappingVersion());
			}
		}
		this.ensured = true;
	}

	/**
	 * The indices behind the read alias that were built with an older mapping than the
	 * one configured (a rebuild rolls the new one out).
	 */
	public Set<String> outdatedIndices() throws IOException {
		return outdated(readIndices());
	}

	private Set<String> outdated(Set<String> indices) {
		Set<String> old = new TreeSet<>();
		for (String index : indices) {
			Matcher m = VERSIONED.matcher(index);
			if (m.matches() && Integer.parseInt(m.group(1)) < this.settings.mappingVersion()) {
				old.add(index);
			}
		}
		return old;
	}

	/**
	 * Rebuilds the index from the database into a new versioned index, then points both
	 * aliases at it and deletes the old ones. Changes made meanwhile reach the new index
	 * through the outbox (the write alias moves first).
	 * @return the number of documents indexed
	 */
	public synchronized long reindex() throws IOException {
		ensure();
		Set<String> old = this.client.indices().getAlias((g) -> g.name(this.settings.readAlias())).result().keySet();
		String index = createIndex();
		List<String> previous = new ArrayList<>(old);
		this.client.indices().updateAliases((u) -> {
			for (String o : previous) {
				u.actions((a) -> a.remove((x) -> x.index(o).alias(this.settings.writeAlias())));
			}
			return u.actions((a) -> a.add((x) -> x.index(index).alias(this.settings.writeAlias()).isWriteIndex(true)));
		});
		long count = 0;
		long after = 0;
		while (true) {
			List<DocumentId> ids = this.documents.idsAfter(after, this.settings.batchSize());
			if (ids.isEmpty()) {
				break;
			}
			List<IndexSource> batch = this.sources.read(ids);
			write(index, batch);
			count += batch.size();
			after = ids.get(ids.size() - 1).value();
		}
		this.client.indices().refresh((r) -> r.index(index));
		this.client.indices().updateAliases((u) -> {
			for (String o : previous) {
				u.actions((a) -> a.remove((x) -> x.index(o).alias(this.settings.readAlias())));
			}
			return u.actions((a) -> a.add((x) -> x.index(index).alias(this.settings.readAlias())));
		});
		for (String o : previous) {
			this.client.indices().delete((d) -> d.index(o));
		}
		log.info("Reindexed {} documents into {}", count, index);
		return count;
	}

	/**
	 * Writes documents to the index, external-versioned by revision, so a replay or an
	 * older revision arriving late changes nothing.
	 * @return the ids whose write failed for another reason than an outdated revision,
	 * with the reason
	 */
	Map<Long, String> write(String target, List<IndexSource> batch) throws IOException {
		if (batch.isEmpty()) {
			return Map.of();
		}
		BulkRequest.Builder bulk = new BulkRequest.Builder();
		for (IndexSource source : batch) {
			Document d = source.document();
			Map<String, Object> json = this.entries.build(source);
			bulk.operations((op) -> op.index((i) -> i.index(target)
				.id(Long.toString(d.id().value()))
				.version(d.revision())
				.versionType(VersionType.External)
				.document(json)));
		}
		BulkResponse response = this.client.bulk(bulk.build());
		Map<Long, String> failures = new java.util.HashMap<>();
		if (response.errors()) {
			for (BulkResponseItem item : response.items()) {
				if (item.error() != null && !"version_conflict_engine_exception".equals(item.error().type())) {
					failures.put(Long.parseLong(item.id()), item.error().type() + ": " + item.error().reason());
				}
			}
		}
		return failures;
	}

	Map<Long, String> write(List<IndexSource> batch) throws IOException {
		ensure();
		return write(this.settings.writeAlias(), batch);
	}

	void refresh() throws IOException {
		this.client.indices().refresh((r) -> r.index(this.settings.writeAlias()));
	}

	/** The concrete indices behind the read alias. */
	public Set<String> readIndices() throws IOException {
		ensure();
		return readIndicesUnchecked();
	}

	private Set<String> readIndicesUnchecked() throws IOException {
		return this.client.indices().getAlias((g) -> g.name(this.settings.readAlias())).result().keySet();
	}

	private String createIndex() throws IOException {
		String name = this.settings.alias() + "-v" + this.settings.mappingVersion() + "-" + System.currentTimeMillis();
		try (InputStream json = new ClassPathResource(this.settings.mapping()).getInputStream()) {
			this.client.indices().create((c) -> c.index(name).withJson(json));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		return name;
	}

}
