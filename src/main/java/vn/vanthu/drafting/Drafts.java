package vn.vanthu.drafting;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;
import vn.vanthu.document.StoredFile;
import vn.vanthu.document.StoredFiles;
import vn.vanthu.ingest.ExtractedText;
import vn.vanthu.ingest.IsolatedExtractor;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.VietnameseText;

/**
 * Drafts and their versions. A draft, its versions and its comments are visible only to
 * its drafter, the recipients of its rounds and its approvers ({@link DraftApprovers});
 * others get 403. Only the drafter adds versions.
 */
@Service
public class Drafts {

	private final DraftingRepository repository;

	private final StoredFiles files;

	private final Directory directory;

	private final DraftApprovers approvers;

	private final IsolatedExtractor extractor;

	Drafts(DraftingRepository repository, StoredFiles files, Directory directory, DraftApprovers approvers,
			IsolatedExtractor extractor) {
		this.extractor = extractor;
		this.repository = repository;
		this.files = files;
		this.directory = directory;
		this.approvers = approvers;
	}

	/**
	 * Creates a draft with its first version, "Dự thảo lần 01".
	 * @param issuerUnit the issuing unit's code, or {@code null} for the parent of the
	 * drafter's unit (the commune office drafts for the commune)
	 */
	@Transactional
	public Draft create(String drafter, String subject, String kind, String issuerUnit, String fileName,
			InputStream content) {
		String cleanSubject = Text.clean(subject, 1000, "Trích yếu");
		if (cleanSubject == null) {
			throw Problem.badRequest("subject-required", "Vui lòng nhập trích yếu (tên) của dự thảo.");
		}
		String cleanKind = Text.clean(kind, 20, "Loại văn bản");
		if (cleanKind == null) {
			throw Problem.badRequest("kind-required", "Vui lòng chọn loại văn bản (ví dụ TB, KH, QĐ, CV).");
		}
		Person person = this.directory.person(Username.of(drafter));
		String drafterUnit = person.units().isEmpty() ? null : person.units().get(0).value();
		String issuer = issuer(issuerUnit, drafterUnit);
		requireFile(fileName, content);
		long id = this.repository.insertDraft(cleanSubject, cleanKind, issuer, drafter, drafterUnit);
		storeVersion(id, drafter, fileName, content);
		return this.repository.draft(id).orElseThrow();
	}

	/** Uploads the next version ("Dự thảo lần NN"); drafter only, while drafting. */
	@Transactional
	public DraftVersion addVersion(DraftId id, String user, String fileName, InputStream content) {
		Draft draft = requireDrafter(id, user);
		requireDrafting(draft);
		requireFile(fileName, content);
		this.repository.lockDraft(id.value());
		int no = storeVersion(id.value(), user, fileName, content);
		return this.repository.versions(id.value())
			.stream()
			.filter((v) -> v.versionNo() == no)
			.findFirst()
			.orElseThrow();
	}

	/** The draft, if the user may see it. */
	public Draft get(DraftId id, String user) {
		Draft draft = find(id);
		if (!canSee(draft, user)) {
			throw Problem.forbidden("draft-hidden", "Bạn không có quyền xem dự thảo này.");
		}
		return draft;
	}

	/** Drafts the user wrote or was asked to comment on, newest first. */
	public List<Draft> visibleTo(String user) {
		return this.repository.draftsOf(user);
	}

	public List<DraftVersion> versions(DraftId id, String user) {
		get(id, user);
		return this.repository.versions(id.value());
	}

	/**
	 * A version's text, extracted from its file in an isolated worker and normalised to
	 * NFC: what the page shows of formats a browser must not open itself.
	 */
	public ExtractedText versionText(DraftId id, int versionNo, String user) {
		DraftVersion version = version(id, versionNo, user);
		ExtractedText extracted = this.extractor.extract(this.files.pathOf(version.fileSha256()), version.fileName());
		return extracted.ok() ? new ExtractedText(true, VietnameseText.nfc(extracted.text()), null, extracted.ocr())
				: extracted;
	}

	/** A version's file, checked against its checksum. */
	public byte[] versionFile(DraftId id, int versionNo, String user) {
		return this.files.read(version(id, versionNo, user).fileSha256());
	}

	public DraftVersion version(DraftId id, int versionNo, String user) {
		return versions(id, user).stream()
			.filter((v) -> v.versionNo() == versionNo)
			.findFirst()
			.orElseThrow(() -> Problem.notFound("no-version", "Không có dự thảo lần %02d.".formatted(versionNo)));
	}

	public List<HistoryEntry> history(DraftId id, String user) {
		get(id, user);
		return this.repository.history(id.value());
	}

	public boolean canSee(Draft draft, String user) {
		return draft.drafter().equals(user) || this.repository.isRecipientOfDraft(draft.id().value(), user)
				|| approvers(draft).contains(user);
	}

	public Set<String> approvers(Draft draft) {
		return this.approvers.of(draft);
	}

	public String unitName(String code) {
		return this.directory.findUnit(UnitCode.of(code)).map(Unit::name).orElse(code);
	}

	Draft find(DraftId id) {
		return this.repository.draft(id.value())
			.orElseThrow(() -> Problem.notFound("no-draft", "Không có dự thảo số " + id + "."));
	}

	Draft requireDrafter(DraftId id, String user) {
		Draft draft = get(id, user);
		if (!draft.drafter().equals(user)) {
			throw Problem.forbidden("not-drafter", "Chỉ người soạn thảo mới được thực hiện thao tác này.");
		}
		return draft;
	}

	static void requireDrafting(Draft draft) {
		if (draft.status() != DraftStatus.DRAFTING) {
			throw Problem.conflict("draft-finished", "Dự thảo đã " + draft.status().label().toLowerCase()
					+ "; không thể tiếp tục soạn thảo hoặc lấy ý kiến.");
		}
	}

	private int storeVersion(long draftId, String user, String fileName, InputStream content) {
		String name = Text.clean(fileName, 255, "Tên tệp");
		// the type detected from the bytes, never the uploader's
		StoredFile file = this.files.store(content);
		int no = this.repository.insertVersion(draftId, file.sha256(), name, file.contentType(), user);
		this.repository.history(draftId, null, user, "VERSION_UPLOADED",
				"Tải lên dự thảo lần %02d (%s)".formatted(no, name));
		return no;
	}

	private String issuer(String issuerUnit, String drafterUnit) {
		if (issuerUnit != null && !issuerUnit.isBlank()) {
			try {
				return this.directory.unit(UnitCode.of(issuerUnit)).code().value();
			}
			catch (RuntimeException ex) {
				throw Problem.badRequest("unknown-unit", "Không có đơn vị ban hành \"" + issuerUnit + "\".");
			}
		}
		if (drafterUnit == null) {
			throw Problem.badRequest("issuer-required", "Vui lòng chọn đơn vị ban hành.");
		}
		Unit unit = this.directory.unit(UnitCode.of(drafterUnit));
		return (unit.parent() != null) ? unit.parent().value() : unit.code().value();
	}

	private static void requireFile(String fileName, InputStream content) {
		if (content == null || fileName == null || fileName.isBlank()) {
			throw Problem.badRequest("file-required", "Vui lòng chọn tệp dự thảo (DOCX hoặc PDF).");
		}
	}

}
