package vn.vanthu.directory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.directory.ImportColumn.Sheet;

/**
 * The organisation from the offices' own spreadsheet: sheet "Đơn vị" (units) and sheet
 * "Cán bộ" (people and their posts), as one workbook or two CSV files. All or nothing:
 * every row is checked first and any bad row refuses the whole file
 * ({@link ImportRejectedException}, listing every problem); otherwise everything is
 * written in one transaction. Importing the same file again changes nothing. Units are
 * never deleted (one whose "Hiệu lực đến" has passed is closed), people the file does not
 * list are left alone, and new people get a one-time link to set their password (ADR
 * 0012).
 */
@Service
public class OrganisationImport {

	/** The day that decides whether a unit has ended: the offices' own calendar. */
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Directory directory;

	private final DirectoryRepository repository;

	private final PasswordLinks links;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<JavaMailSender> mail;

	OrganisationImport(Directory directory, DirectoryRepository repository, PasswordLinks links,
			ApplicationEventPublisher events, ObjectProvider<JavaMailSender> mail) {
		this.directory = directory;
		this.repository = repository;
		this.links = links;
		this.events = events;
		this.mail = mail;
	}

	/**
	 * Imports a workbook (XLSX) with the sheets "Đơn vị" and "Cán bộ".
	 * @param preview {@code true} to check and report without writing anything
	 * @throws ImportRejectedException when any row is bad (nothing written)
	 */
	@Transactional
	public ImportReport importWorkbook(byte[] workbook, boolean preview) {
		return run(SheetGrids.workbook(workbook), preview);
	}

	/**
	 * Imports the two sheets as CSV files (UTF-8; comma, semicolon or tab separated).
	 * @throws ImportRejectedException when any row is bad (nothing written)
	 */
	@Transactional
	public ImportReport importCsv(byte[] units, byte[] people, boolean preview) {
		Map<Sheet, List<SheetGrids.GridRow>> grids = new java.util.EnumMap<>(Sheet.class);
		if (units != null) {
			grids.put(Sheet.UNITS, SheetGrids.csv(units, Sheet.UNITS.csvPart()));
		}
		if (people != null) {
			grids.put(Sheet.PEOPLE, SheetGrids.csv(people, Sheet.PEOPLE.csvPart()));
		}
		return run(grids, preview);
	}

	private ImportReport run(Map<Sheet, List<SheetGrids.GridRow>> grids, boolean preview) {
		List<RowProblem> problems = new ArrayList<>();
		Map<Sheet, ImportRow.Table> tables = new java.util.EnumMap<>(Sheet.class);
		for (Sheet sheet : Sheet.values()) {
			if (grids.containsKey(sheet)) {
				tables.put(sheet, ImportRow.read(sheet, grids.get(sheet), problems));
			}
			else {
				problems.add(new RowProblem(sheet.title(), null, null, "Thiếu trang tính \"" + sheet.title()
						+ "\" (tệp CSV \"" + sheet.csvPart() + "\"): dùng tệp mẫu"));
				tables.put(sheet, ImportRow.Table.empty());
			}
		}
		UnitRows units = UnitRows.check(tables.get(Sheet.UNITS), this.directory.units(), problems);
		PersonRows people = PersonRows.check(tables.get(Sheet.PEOPLE), units, this.directory, problems);
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return apply(units.units(), people.people(), preview);
	}

	private ImportReport apply(List<Unit> units, List<Person> people, boolean preview) {
		LocalDate today = LocalDate.now(VIETNAM);
		List<String> unitsCreated = new ArrayList<>();
		List<String> unitsUpdated = new ArrayList<>();
		List<String> unitsClosed = new ArrayList<>();
		int unitsUnchanged = 0;
		for (Unit unit : units) {
			Optional<Unit> before = this.directory.findUnit(unit.code());
			if (before.isPresent() && before.get().equals(unit)) {
				unitsUnchanged++;
				continue;
			}
			(before.isPresent() ? unitsUpdated : unitsCreated).add(unit.code().value());
			if (before.isPresent() && before.get().isValidOn(today) && !unit.isValidOn(today) && unit.validTo() != null
					&& unit.validTo().isBefore(today)) {
				unitsClosed.add(unit.code().value());
			}
			if (!preview) {
				this.directory.saveUnit(unit);
			}
		}
		List<String> peopleCreated = new ArrayList<>();
		List<String> peopleUpdated = new ArrayList<>();
		int peopleUnchanged = 0;
		List<ImportReport.PasswordLink> links = new ArrayList<>();
		Set<Username> listed = new HashSet<>();
		for (Person person : people) {
			listed.add(person.username());
			Optional<Person> before = this.directory.findPerson(person.username());
			if (before.isPresent() && same(before.get(), person)) {
				peopleUnchanged++;
				continue;
			}
			(before.isPresent() ? peopleUpdated : peopleCreated).add(person.username().value());
			if (preview) {
				continue;
			}
			if (before.isPresent()) {
				this.directory.savePerson(person, null);
			}
			else {
				// no password yet: the person sets one with the link below
				this.repository.savePerson(person, null);
				this.events.publishEvent(DirectoryChanged.person(person.username()));
				PasswordLinkIssued link = this.links.issue(person.username());
				links.add(new ImportReport.PasswordLink(person.username().value(), person.fullName(), person.email(),
						link.path(), link.expiresAt(), person.email() != null && this.mail.getIfAvailable() != null));
			}
		}
		List<String> notListed = this.repository.usernames()
			.stream()
			.filter((u) -> !listed.contains(u))
			.filter((u) -> !this.directory.isServiceAccount(u))
			.map(Username::value)
			.toList();
		boolean changed = !(unitsCreated.isEmpty() && unitsUpdated.isEmpty() && peopleCreated.isEmpty()
				&& peopleUpdated.isEmpty());
		return new ImportReport(preview, changed, unitsCreated, unitsUpdated, unitsClosed, unitsUnchanged,
				peopleCreated, peopleUpdated, peopleUnchanged, notListed, links);
	}

	private static boolean same(Person before, Person after) {
		return before.fullName().equals(after.fullName()) && java.util.Objects.equals(before.email(), after.email())
				&& before.admin() == after.admin()
				&& new HashSet<>(before.memberships()).equals(new HashSet<>(after.memberships()));
	}

}
