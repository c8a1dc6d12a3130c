package vn.vanthu.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentAccess;
import vn.vanthu.document.DocumentId;
import vn.vanthu.document.DocumentView;
import vn.vanthu.document.Documents;
import vn.vanthu.ingest.Ingestion;
import vn.vanthu.platform.Problem;

/**
 * {@code POST /api/documents} (multipart {@code file}): 201 with the new document, or 200
 * with the existing one when the same file is already in the library. The uploader, their
 * units and the recipient units given as {@code units} (repeatable unit codes) may read
 * it; {@code public=true} opens it to all. {@code POST /api/documents/{id}/extraction}
 * retries the text extraction.
 */
@RestController
class UploadApi {

	private final Ingestion ingestion;

	private final Documents documents;

	private final DocumentAccess access;

	private final UploadAccess uploads;

	UploadApi(Ingestion ingestion, Documents documents, DocumentAccess access, UploadAccess uploads) {
		this.uploads = uploads;
		this.ingestion = ingestion;
		this.documents = documents;
		this.access = access;
	}

	@PostMapping(path = "/api/documents", consumes = "multipart/form-data")
	ResponseEntity<DocumentView> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "public", defaultValue = "false") boolean isPublic,
			@RequestParam(name = "units", required = false) List<String> units, Principal principal)
			throws IOException {
		if (file == null) {
			throw Problem.badRequest("file-missing", "Hãy chọn một tệp để tải lên (trường 'file').");
		}
		Ingestion.Options options = this.uploads.options(this.access.readerOf(principal.getName()), isPublic, units);
		Ingestion.Result result;
		try (InputStream in = file.getInputStream()) {
			result = this.ingestion.ingest(in, file.getOriginalFilename(), options);
		}
		return ResponseEntity.status(result.existing() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(DocumentView.of(result.document(), this.documents, this.access.readerOf(principal.getName())));
	}

	@PostMapping("/api/documents/{id}/extraction")
	DocumentView retry(@PathVariable long id, Principal principal) {
		Document d = this.documents.find(new DocumentId(Math.max(1, id)))
			.orElseThrow(() -> Problem.notFound("document-not-found", "Không tìm thấy văn bản " + id + "."));
		this.access.check(d, this.access.readerOf(principal.getName()));
		return DocumentView.of(this.ingestion.retry(d.id()), this.documents, this.access.readerOf(principal.getName()));
	}

}
