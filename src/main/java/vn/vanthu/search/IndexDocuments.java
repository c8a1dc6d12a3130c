package vn.vanthu.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentAccess;
import vn.vanthu.document.IndexSource;

/**
 * Turns a document of the library into its index entry: exact and folded copies of
 * subject and body (the body up to {@link SearchSettings#maxBodyChars()}), the number
 * key, cited keys, facets and the access facts used to filter inside the query.
 */
@Component
class IndexDocuments {

	private final DocumentAccess access;

	private final SearchSettings settings;

	IndexDocuments(DocumentAccess access, SearchSettings settings) {
		this.access = access;
		this.settings = settings;
	}

	Map<String, Object> build(IndexSource source) {
		Document d = source.document();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", d.id().value());
		json.put("revision", d.revision());
		json.put("number", d.number());
		json.put("number_key", d.numberKey());
		json.put("cited_keys", source.citedKeys());
		json.put("kind", d.kind());
		json.put("issuer", d.issuer());
		json.put("issuer_folded", Folding.fold(d.issuer()));
		json.put("issuer_unit", d.issuerUnit() == null ? null : d.issuerUnit().value());
		json.put("issued_on", d.issuedOn() == null ? null : d.issuedOn().toString());
		json.put("year", d.year());
		json.put("status", d.status().name());
		json.put("origin", d.origin().name());
		json.put("extraction", d.extraction().status().name());
		json.put("subject", d.subject());
		json.put("subject_folded", Folding.fold(d.subject()));
		String body = indexedPart(source.text(), this.settings.maxBodyChars());
		json.put("body", body);
		json.put("body_folded", Folding.fold(body));
		DocumentAccess.IndexedReaders readers = this.access.indexedReaders(d, source.readers());
		json.put("readers", List.copyOf(readers.usernames()));
		json.put("units", List.copyOf(readers.units()));
		json.put("everyone", readers.everyone());
		json.put("secret", readers.secret());
		return json;
	}

	/**
	 * The part of a text that is indexed: its first {@code max} characters (never half a
	 * surrogate pair). The whole text stays in the database.
	 */
	static String indexedPart(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end);
	}

}
