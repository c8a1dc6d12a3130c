package vn.vanthu.ingest.web;

import java.io.InputStream;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
import vn.vanthu.ingest.Ingestion;
import vn.vanthu.platform.Problem;

/**
 * "Văn bản": the list with upload (drag and drop, several files), and the document page
 * with its text (citations as links), "Văn bản được dẫn chiếu", "Văn bản dẫn chiếu đến",
 * versions, extraction status and retry.
 */
@Controller
class LibraryPages {

	private final Documents documents;

	private final DocumentAccess access;

	private final Ingestion ingestion;

	private final DocumentClerks clerks;

	private final UploadAccess uploads;

	LibraryPages(Documents documents, DocumentAccess access, Ingestion ingestion, DocumentClerks clerks,
			UploadAccess uploads) {
		this.uploads = uploads;
		this.documents = documents;
		this.access = access;
		this.ingestion = ingestion;
		this.clerks = clerks;
	}

	@GetMapping("/documents")
	String list(@RequestParam(defaultValue = "0") int page, Principal principal, Model model) {
		Reader reader = this.access.readerOf(principal.getName());
		model.addAttribute("documents", this.documents.readable(reader, Math.max(0, page) * 50L, 50));
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("units", this.uploads.choices());
		return "documents";
	}

	@PostMapping("/documents/upload")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "public", defaultValue = "false") boolean isPublic,
			@RequestParam(name = "units", required = false) List<String> units, Principal principal,
			RedirectAttributes redirect) {
		List<String> messages = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		List<MultipartFile> chosen = files == null ? List.of()
				: files.stream().filter((f) -> !f.isEmpty() || f.getOriginalFilename() != null).toList();
		if (chosen.isEmpty() || chosen.stream()
			.allMatch((f) -> f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
			errors.add("Hãy chọn hoặc kéo thả ít nhất một tệp.");
		}
		Ingestion.Options options;
		try {
			options = this.uploads.options(this.access.readerOf(principal.getName()), isPublic, units);
		}
		catch (Problem ex) {
			errors.add(ex.getBody().getDetail());
			chosen = List.of();
			options = null;
		}
		Long last = null;
		for (MultipartFile file : chosen) {
			if (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
				continue;
			}
			try (InputStream in = file.getInputStream()) {
				Ingestion.Result result = this.ingestion.ingest(in, file.getOriginalFilename(), options);
				Document d = result.document();
				last = d.id().value();
				String what = file.getOriginalFilename() + " → " + d.title();
				if (result.existing()) {
					messages.add("Đã có trong thư viện: " + what);
				}
				else if (d.extraction().failed()) {
					errors.add("Đã lưu nhưng không trích xuất được: " + what + " (" + d.extraction().reason() + ")");
				}
				else {
					messages.add("Đã tải lên: " + what);
				}
			}
			catch (Exception ex) {
				errors.add("Không tải lên được " + file.getOriginalFilename() + ": " + ex.getMessage());
			}
		}
		redirect.addFlashAttribute("messages", messages);
		redirect.addFlashAttribute("errors", errors);
		redirect.addFlashAttribute("lastId", last);
		return "redirect:/documents";
	}

	@GetMapping("/documents/{id}")
	String document(@PathVariable long id, Principal principal, Model model) {
		Document d = readable(id, principal);
		Reader reader = this.access.readerOf(principal.getName());
		model.addAttribute("doc", DocumentView.of(d, this.documents, reader));
		model.addAttribute("canEdit", this.clerks.canEditMetadata(d, principal.getName()));
		model.addAttribute("segments",
				TextSegments.of(this.documents.text(d.id()).orElse(""), this.documents.citations(d.id(), reader)));
		return "document";
	}

	@PostMapping("/documents/{id}/extraction")
	String retry(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		Document d = readable(id, principal);
		Document after = this.ingestion.retry(d.id());
		redirect.addFlashAttribute(after.extraction().failed() ? "error" : "message", after.extraction().failed()
				? "Vẫn không trích xuất được: " + after.extraction().reason() : "Đã trích xuất lại văn bản.");
		return "redirect:/documents/" + id;
	}

	@PostMapping("/documents/{id}/metadata")
	String editMetadata(@PathVariable long id, @RequestParam(required = false) String number,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String issuerUnit,
			@RequestParam(required = false) String issuer,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate issuedOn,
			@RequestParam(required = false) String subject, Principal principal, RedirectAttributes redirect) {
		Document d = readable(id, principal);
		this.clerks.checkEditMetadata(d, principal.getName());
		if (number != null && !number.isBlank() && !NumberForm.looksLikeNumber(number)) {
			redirect.addFlashAttribute("error",
					"Số, ký hiệu \"" + number + "\" không hợp lệ; ví dụ đúng: 673/QĐ-UBND.");
			return "redirect:/documents/" + id;
		}
		this.documents.updateMetadata(d.id(),
				new DocumentMetadata(blank(number), blank(kind),
						blank(issuerUnit) == null ? null : new UnitCode(issuerUnit.strip()), blank(issuer), issuedOn,
						blank(subject)));
		redirect.addFlashAttribute("message", "Đã lưu thông tin văn bản.");
		return "redirect:/documents/" + id;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
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
