package vn.vanthu.document;

import java.util.List;
import java.util.Set;

/**
 * What the search index needs of one document.
 *
 * @param document the document, with its recipient units
 * @param text its NFC text, or {@code null} when none was extracted
 * @param citedKeys the number keys of its citations, in order
 * @param readers users named as readers
 */
public record IndexSource(Document document, String text, List<String> citedKeys, Set<String> readers) {

	public IndexSource {
		citedKeys = List.copyOf(citedKeys);
		readers = Set.copyOf(readers);
	}

}
