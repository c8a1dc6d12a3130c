package vn.vanthu.directory.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.vanthu.directory.DirectoryListings;
import vn.vanthu.directory.DirectoryProblem;
import vn.vanthu.directory.DirectoryListings.PersonEntry;
import vn.vanthu.directory.ImportReport;
import vn.vanthu.directory.OrganisationImport;
import vn.vanthu.directory.OrganisationTemplate;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;

/**
 * The directory for administrators (by the security rule on {@code /api/directory/**}):
 * units and people, a page at a time, and the import of the organisation from the
 * offices' spreadsheet with its template.
 */
@RestController
@RequestMapping("/api/directory")
class DirectoryApi {

	record Post(String unit, String position, String positionLabel) {
	}

	record UnitJson(String code, String name, String shortName, String parent, String kind, String kindLabel,
			LocalDate validFrom, LocalDate validTo) {

		static UnitJson of(Unit u) {
			return new UnitJson(u.code().value(), u.name(), u.shortName(),
					(u.parent() != null) ? u.parent().value() : null, u.kind().name(), u.kind().label(), u.validFrom(),
					u.validTo());
		}

	}

	record PersonJson(String username, String fullName, String email, boolean admin, boolean enabled,
			boolean passwordSet, List<Post> posts) {

		static PersonJson of(PersonEntry e) {
			return new PersonJson(e.person().username().value(), e.person().fullName(), e.person().email(),
					e.person().admin(), e.enabled(), e.passwordSet(),
					e.person()
						.memberships()
						.stream()
						.map((m) -> new Post(m.unit().value(), m.position().name(), m.position().label()))
						.toList());
		}

	}

	/** The largest page, as every list of the API (the platform's {@code Paging}). */
	static final int MAX_SIZE = 100;

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DirectoryListings listings;

	private final OrganisationImport imports;

	DirectoryApi(DirectoryListings listings, OrganisationImport imports) {
		this.listings = listings;
		this.imports = imports;
	}

	/**
	 * Units by code; {@code status} {@code active} (default: open today), {@code closed}
	 * or {@code all}; {@code parent} keeps one unit's direct children.
	 */
	@GetMapping("/units")
	List<UnitJson> units(@RequestParam(defaultValue = "active") String status,
			@RequestParam(required = false) String parent, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.listings
			.units(status(DirectoryListings.UnitStatus.class, status), code(parent), offset(page, size), size)
			.stream()
			.map(UnitJson::of)
			.toList();
	}

	/**
	 * People by login (service accounts are not people); {@code status} {@code enabled}
	 * (default), {@code disabled} or {@code all}; {@code unit} keeps those with a post
	 * there.
	 */
	@GetMapping("/people")
	List<PersonJson> people(@RequestParam(defaultValue = "enabled") String status,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.listings
			.people(status(DirectoryListings.PersonStatus.class, status), code(unit), offset(page, size), size)
			.stream()
			.map(PersonJson::of)
			.toList();
	}

	/**
	 * Imports the organisation: one workbook ({@code file}, XLSX) or two CSV files
	 * ({@code units} and {@code people}). All or nothing: any bad row answers 422 with
	 * every row problem under {@code errors}. {@code preview=true} checks and reports
	 * without writing. Not with an API token (the report hands out password links).
	 */
	@PostMapping(path = "/import", consumes = "multipart/form-data")
	ImportReport importOrganisation(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) MultipartFile units, @RequestParam(required = false) MultipartFile people,
			@RequestParam(defaultValue = "false") boolean preview, Authentication caller) {
		if (!preview) {
			TokenRules.requireNoToken(caller);
		}
		return run(this.imports, file, units, people, preview);
	}

	/** The workbook to fill in (sheets, headers, an example row, drop-down lists). */
	@GetMapping("/import/template")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + OrganisationTemplate.FILE_NAME + "\"")
			.contentType(XLSX)
			.body(OrganisationTemplate.workbook());
	}

	static ImportReport run(OrganisationImport imports, MultipartFile file, MultipartFile units, MultipartFile people,
			boolean preview) {
		if (present(file) && !present(units) && !present(people)) {
			return imports.importWorkbook(bytes(file), preview);
		}
		if (!present(file) && present(units) && present(people)) {
			return imports.importCsv(bytes(units), bytes(people), preview);
		}
		throw DirectoryProblem.badRequest("directory-import-parts",
				"Gửi một tệp Excel (file) hoặc hai tệp CSV (units và people).");
	}

	/**
	 * The first item of a page, with the rule every list of the API has (the platform's
	 * {@code Paging}, which the directory cannot use: the platform's security depends on
	 * the directory).
	 */
	private static long offset(int page, int size) {
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			DirectoryProblem problem = DirectoryProblem.badRequest("paging",
					"Trang phải từ 0 trở lên và cỡ trang (size) từ 1 đến " + MAX_SIZE + "; đã nhận page=" + page
							+ ", size=" + size + ".");
			problem.getBody().setProperty("maxSize", MAX_SIZE);
			throw problem;
		}
		return (long) page * size;
	}

	private static boolean present(MultipartFile part) {
		return part != null && !part.isEmpty();
	}

	private static byte[] bytes(MultipartFile part) {
		try {
			return part.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static UnitCode code(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UnitCode.of(text);
		}
		catch (IllegalArgumentException ex) {
			throw DirectoryProblem.badRequest("unit-code", ex.getMessage());
		}
	}

	private static <E extends Enum<E>> E status(Class<E> type, String text) {
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw DirectoryProblem.badRequest("status",
					"Trạng thái \"" + text + "\" không có; dùng một trong: "
							+ String.join(", ",
									java.util.Arrays.stream(type.getEnumConstants())
										.map((e) -> e.name().toLowerCase(Locale.ROOT))
										.toList()));
		}
	}

}
