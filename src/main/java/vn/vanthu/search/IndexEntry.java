package vn.vanthu.search;

/**
 * One document's index entry, serialised: what a bulk request carries for it.
 *
 * @param id the document id
 * @param revision its revision (the entry's external version)
 * @param json the entry as JSON (UTF-8)
 */
record IndexEntry(long id, long revision, byte[] json) {

	/** Bytes of the entry's action line, an upper bound (index name, id and version). */
	private static final int ACTION_BYTES = 200;

	/** Bytes this entry adds to a bulk request. */
	long requestBytes() {
		return this.json.length + ACTION_BYTES;
	}

}
