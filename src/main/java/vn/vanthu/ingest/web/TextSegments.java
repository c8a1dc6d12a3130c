package vn.vanthu.ingest.web;

import java.util.ArrayList;
import java.util.List;

import vn.vanthu.document.DocumentCitation;

/**
 * The document text cut into plain pieces and citation pieces, so the page can render
 * citations as links (to the cited document when resolved, else to a number search).
 */
final class TextSegments {

	private TextSegments() {
	}

	/**
	 * A piece of text; {@code href} is null for plain text.
	 *
	 * @param text the text
	 * @param href the link, or {@code null}
	 * @param resolved whether the link goes to the cited document
	 */
	record Segment(String text, String href, boolean resolved) {
	}

	static List<Segment> of(String text, List<DocumentCitation> citations) {
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (DocumentCitation c : citations.stream()
			.sorted(java.util.Comparator.comparingInt(DocumentCitation::start))
			.toList()) {
			if (c.start() < at || c.end() > text.length() || c.start() >= c.end()) {
				continue;
			}
			segments.add(new Segment(text.substring(at, c.start()), null, false));
			String href = c.resolvedId() != null ? "/documents/" + c.resolvedId()
					: "/search?q=" + java.net.URLEncoder.encode(c.number(), java.nio.charset.StandardCharsets.UTF_8);
			segments.add(new Segment(text.substring(c.start(), c.end()), href, c.resolvedId() != null));
			at = c.end();
		}
		segments.add(new Segment(text.substring(Math.min(at, text.length())), null, false));
		return segments;
	}

}
