package vn.vanthu.document;

/**
 * The identity of a document in the library.
 *
 * @param value the database id, positive
 */
public record DocumentId(long value) {

	public DocumentId {
		if (value <= 0) {
			throw new IllegalArgumentException("Mã văn bản không hợp lệ: " + value);
		}
	}

	public static DocumentId of(long value) {
		return new DocumentId(value);
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
