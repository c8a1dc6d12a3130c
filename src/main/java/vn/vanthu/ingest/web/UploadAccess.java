package vn.vanthu.ingest.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.DocumentOrigin;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.document.Reader;
import vn.vanthu.ingest.Ingestion;
import vn.vanthu.platform.Problem;

/**
 * Who may read an upload: the uploader's own units, the recipient units chosen on upload
 * (a received document forwarded to the units that handle it), and everyone when it is
 * public. An unknown unit code refuses the whole upload before anything is stored.
 */
@Component
class UploadAccess {

	private final Directory directory;

	UploadAccess(Directory directory) {
		this.directory = directory;
	}

	/**
	 * The ingestion options of one upload.
	 * @throws Problem 400 {@code unit-unknown} naming the codes that are not in the
	 * directory
	 */
	Ingestion.Options options(Reader uploader, boolean isPublic, List<String> recipientCodes) {
		Set<UnitCode> units = new LinkedHashSet<>(uploader.units());
		List<String> unknown = new java.util.ArrayList<>();
		for (String code : recipientCodes == null ? List.<String>of() : recipientCodes) {
			if (code == null || code.isBlank()) {
				continue;
			}
			try {
				UnitCode unit = UnitCode.of(code.strip());
				if (this.directory.findUnit(unit).isPresent()) {
					units.add(unit);
					continue;
				}
			}
			catch (IllegalArgumentException ex) {
				// not even a well-formed code: reported with the unknown ones
			}
			unknown.add(code.strip());
		}
		if (!unknown.isEmpty()) {
			throw Problem.badRequest("unit-unknown",
					"Không có đơn vị nhận mã " + String.join(", ", unknown) + " trong danh mục đơn vị.");
		}
		return new Ingestion.Options(uploader.username(), units, isPublic, DocumentOrigin.IMPORTED,
				DocumentStatus.RECEIVED);
	}

	/** The units an uploader may choose from, for the form. */
	List<vn.vanthu.directory.Unit> choices() {
		return this.directory.units();
	}

}
