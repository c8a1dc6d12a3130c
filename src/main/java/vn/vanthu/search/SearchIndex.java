package vn.vanthu.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import vn.vanthu.document.DocumentId;
import vn.vanthu.document.Documents;

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

	private final IndexFeed feed;

	private final SetAsideDocuments setAside;

	private final Outbox outbox;

	private volatile boolean ensured;

	SearchIndex(ElasticsearchClient client, SearchSettings settings, Documents documents, IndexFeed feed,
			SetAsideDocuments setAside, Outbox outbox) {
		this.client = client;
		this.settings = settings;
		this.documents = documents;
		this.feed = feed;
		this.setAside = setAside;
		this.outbox = outbox;
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
	 * through the outbox (the write alias moves first). Every document is written again,
	 * those set aside included: the ones the new index takes leave the set-aside list,
	 * the ones it refuses stay on it with the new reason, and the ones it could not take
	 * for a passing reason (server busy) go back to the outbox.
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
			BulkOutcome outcome = this.feed.feed(index, ids.stream().map(DocumentId::value).toList());
			this.setAside.clear(outcome.indexed);
			this.setAside.record(outcome.refused);
			Map<Long, Long> retry = new LinkedHashMap<>();
			outcome.retry.forEach((id, r) -> retry.put(id, r.revision()));
			this.outbox.requeue(retry);
			count += outcome.indexed.size();
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

	/** Documents searchable now (behind the read alias, as of the last refresh). */
	public long count() throws IOException {
		ensure();
		return this.client.count((c) -> c.index(this.settings.readAlias())).count();
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
