package vn.vanthu.platform;

/**
 * A page of a list asked for by a client: page from 0, at most {@value #MAX_SIZE} items
 * per page, so that no request can ask for a whole table at once.
 *
 * @param page the page, from 0
 * @param size items per page, 1 to {@value #MAX_SIZE}
 */
public record Paging(int page, int size) {

	/** The largest page any list of the API serves. */
	public static final int MAX_SIZE = 100;

	/**
	 * A checked page.
	 * @throws Problem 400 when the page is negative or the size is outside 1 to
	 * {@value #MAX_SIZE}
	 */
	public static Paging of(int page, int size) {
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw Problem
				.badRequest("paging",
						"Trang phải từ 0 trở lên và cỡ trang (size) từ 1 đến " + MAX_SIZE + "; đã nhận page=" + page
								+ ", size=" + size + ".")
				.with("maxSize", MAX_SIZE);
		}
		return new Paging(page, size);
	}

	/** How many items come before this page. */
	public long offset() {
		return (long) this.page * this.size;
	}

}
