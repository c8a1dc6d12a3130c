package vn.vanthu.search;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.vanthu.platform.VanthuCommand;

/** {@code java -jar vanthu.jar reindex}: rebuilds the search index from the database. */
@Component
class ReindexCommand implements VanthuCommand {

	private final SearchIndex index;

	private final SearchIndexer indexer;

	ReindexCommand(SearchIndex index, SearchIndexer indexer) {
		this.index = index;
		this.indexer = indexer;
	}

	@Override
	public String name() {
		return "reindex";
	}

	@Override
	public String description() {
		return "rebuild the search index from the database";
	}

	@Override
	public int run(List<String> args) throws Exception {
		long started = System.nanoTime();
		long count = this.index.reindex();
		SearchIndexer.Drain drain = this.indexer.drain();
		System.out.printf("Đã lập lại chỉ mục: %d văn bản trong %.1f s (chỉ mục %s)%n", count,
				(System.nanoTime() - started) / 1e9, this.index.readIndices());
		return drain.failed() == 0 ? 0 : 1;
	}

}
