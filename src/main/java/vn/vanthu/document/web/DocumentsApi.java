package vn.vanthu.document.web;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentAccess;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.DocumentView;
import vn.vanthu.document.Documents;
import vn.vanthu.document.Reader;
import vn.vanthu.platform.Problem;

/**
 * {@code GET /api/documents?number=…} (any spelling, newest first, only readable ones)
 * and {@code GET /api/documents/{id}} (with citations and citedBy). Documents the caller
 * may not read answer 404, as if they did not exist.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentsApi {

	private final Documents documents;

	private final DocumentAccess access;

	DocumentsApi(Documents documents, DocumentAccess access) {
		this.documents = documents;
		this.access = access;
	}

	@GetMapping
	List<DocumentView> list(@RequestParam(required = false) String number, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Principal principal) {
		Reader reader = this.access.readerOf(principal.getName());
		List<Document> found;
		if (number != null) {
			if (number.isBlank()) {
				throw Problem.badRequest("number-blank", "Hãy nhập số, ký hiệu văn bản, ví dụ 673/QĐ-UBND.");
			}
			found = this.documents.findByNumber(number).stream().filter((d) -> this.access.canRead(d, reader)).toList();
		}
		else {
			found = this.documents.readable(reader, Math.max(0, page) * Math.max(1, size), size);
		}
		return found.stream().map((d) -> DocumentView.of(d, this.documents)).toList();
	}

	@GetMapping("/{id}")
	DocumentView get(@PathVariable long id, Principal principal) {
		Document d = readable(id, principal);
		return DocumentView.of(d, this.documents);
	}

	private Document readable(long id, Principal principal) {
		Document d = (id <= 0) ? null : this.documents.find(new DocumentId(id)).orElse(null);
		if (d == null) {
			throw Problem.notFound("document-not-found", "Không tìm thấy văn bản " + id + ".");
		}
		this.access.check(d, this.access.readerOf(principal.getName()));
		return d;
	}

}
