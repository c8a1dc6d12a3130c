package vn.vanthu.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentStored;
import vn.vanthu.document.Documents;

/**
 * Counts the documents added to the library (an upload, an import's batch, an issued
 * draft) and those of them whose text could not be extracted, once their transaction has
 * committed: a rolled-back upload is not counted. Counters live in this process: a
 * {@code vanthu import} run beside the server counts in its own.
 */
@Component
class LibraryCounters {

	private final Documents documents;

	private final Counter added;

	private final Counter extractionFailures;

	LibraryCounters(Documents documents, MeterRegistry registry) {
		this.documents = documents;
		this.added = Counter.builder("vanthu.documents.uploaded")
			.description("Documents added to the library (uploads, imports, issued drafts)")
			.register(registry);
		this.extractionFailures = Counter.builder("vanthu.extraction.failures")
			.description("New documents whose text could not be extracted")
			.register(registry);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(DocumentStored stored) {
		this.added.increment(stored.documents().size());
		long failed = stored.documents()
			.stream()
			.flatMap((r) -> this.documents.find(r.id()).stream())
			.map(Document::extraction)
			.filter((e) -> e.failed())
			.count();
		if (failed > 0) {
			this.extractionFailures.increment(failed);
		}
	}

}
