package vn.vanthu.document.web;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentAccess;
import vn.vanthu.document.DocumentClerks;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.DocumentView;
import vn.vanthu.document.Documents;
import vn.vanthu.document.NumberForm;
import vn.vanthu.document.Reader;
import vn.vanthu.platform.Paging;
import vn.vanthu.platform.Problem;

/**
 * {@code GET /api/documents?number=…} (any spelling, newest first, only readable ones)
 * and {@code GET /api/documents/{id}} (with citations and citedBy). Documents the caller
 * may not read answer 404, as if they did not exist. {@code PUT
 * /api/documents/{id}/metadata} replaces the metadata (clerks of the document's units and
 * administrators only).
 */
@RestController
@RequestMapping("/api/documents")
class DocumentsApi {

	private final Documents documents;

	private final DocumentAccess access;

	private final DocumentClerks clerks;

	DocumentsApi(Documents documents, DocumentAccess access, DocumentClerks clerks) {
		this.documents = documents;
		this.access = access;
		this.clerks = clerks;
	}

	/** The metadata a clerk corrects; absent fields are cleared. */
	record MetadataForm(String number, String kind, String issuerUnit, String issuer, java.time.LocalDate issuedOn,
			String subject) {
	}

	@PutMapping("/{id}/metadata")
	DocumentView updateMetadata(@PathVariable long id, @RequestBody MetadataForm form, Principal principal) {
		Document d = readable(id, principal);
		this.clerks.checkEditMetadata(d, principal.getName());
		return DocumentView.of(this.documents.updateMetadata(d.id(), metadata(form)), this.documents,
				this.access.readerOf(principal.getName()));
	}

	/** Checks and converts the form; bad input is a 400 with a Vietnamese detail. */
	static DocumentMetadata metadata(MetadataForm form) {
		if (form.number() != null && !form.number().isBlank() && !NumberForm.looksLikeNumber(form.number())) {
			throw Problem.badRequest("metadata-number",
					"Số, ký hiệu \"" + form.number() + "\" không hợp lệ; ví dụ đúng: 673/QĐ-UBND.");
		}
		if (form.subject() != null && form.subject().length() > 4000) {
			throw Problem.badRequest("metadata-subject", "Trích yếu quá dài (tối đa 4000 ký tự).");
		}
		if (form.issuedOn() != null && (form.issuedOn().getYear() < 1945 || form.issuedOn().getYear() > 2100)) {
			throw Problem.badRequest("metadata-date", "Ngày ban hành không hợp lệ.");
		}
		String unit = form.issuerUnit() == null || form.issuerUnit().isBlank() ? null : form.issuerUnit().strip();
		return new DocumentMetadata(blankToNull(form.number()), blankToNull(form.kind()),
				unit == null ? null : new UnitCode(unit), blankToNull(form.issuer()), form.issuedOn(),
				blankToNull(form.subject()));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	/**
	 * The documents the caller may read, newest first, a page at a time ({@code size} 1
	 * to {@value Paging#MAX_SIZE}, 400 otherwise), or those with a number.
	 */
	@GetMapping
	List<DocumentView> list(@RequestParam(required = false) String number, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Principal principal) {
		Paging paging = Paging.of(page, size);
		Reader reader = this.access.readerOf(principal.getName());
		List<Document> found;
		if (number != null) {
			if (number.isBlank()) {
				throw Problem.badRequest("number-blank", "Hãy nhập số, ký hiệu văn bản, ví dụ 673/QĐ-UBND.");
			}
			found = this.documents.findByNumber(number).stream().filter((d) -> this.access.canRead(d, reader)).toList();
		}
		else {
			found = this.documents.readable(reader, paging.offset(), paging.size());
		}
		return found.stream().map((d) -> DocumentView.of(d, this.documents, reader)).toList();
	}

	@GetMapping("/{id}")
	DocumentView get(@PathVariable long id, Principal principal) {
		Document d = readable(id, principal);
		return DocumentView.of(d, this.documents, this.access.readerOf(principal.getName()));
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
