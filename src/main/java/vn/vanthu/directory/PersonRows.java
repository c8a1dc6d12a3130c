package vn.vanthu.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static vn.vanthu.directory.ImportColumn.PERSON_EMAIL;
import static vn.vanthu.directory.ImportColumn.PERSON_FULL_NAME;
import static vn.vanthu.directory.ImportColumn.PERSON_POSITION;
import static vn.vanthu.directory.ImportColumn.PERSON_UNIT;
import static vn.vanthu.directory.ImportColumn.PERSON_USERNAME;

/**
 * The "Cán bộ" sheet checked against the units and the directory. A row is a post: a
 * person holding two posts (kiêm nhiệm) has two rows with the same login, name and
 * e-mail; rows of one login that disagree on name or e-mail, or repeat a post, are
 * duplicates. The posts listed for a person replace the ones they had; an administrator
 * stays one.
 */
final class PersonRows {

	private record Draft(ImportRow first, Username username, String fullName, String email,
			List<Membership> memberships) {
	}

	private final Map<Username, Draft> drafts = new LinkedHashMap<>();

	private final Directory directory;

	private final List<RowProblem> problems;

	private PersonRows(Directory directory, List<RowProblem> problems) {
		this.directory = directory;
		this.problems = problems;
	}

	static PersonRows check(ImportRow.Table table, UnitRows units, Directory directory, List<RowProblem> problems) {
		PersonRows people = new PersonRows(directory, problems);
		table.rows().forEach((row) -> people.read(row, table.columns(), units));
		return people;
	}

	/** The people of the sheet, in sheet order, with every post listed for them. */
	List<Person> people() {
		return this.drafts.values().stream().map((d) -> {
			boolean admin = this.directory.findPerson(d.username()).map(Person::admin).orElse(false);
			return new Person(d.username(), d.fullName(), d.email(), admin, d.memberships());
		}).toList();
	}

	private void read(ImportRow row, java.util.Set<ImportColumn> columns, UnitRows units) {
		Username username = username(row);
		String fullName = row.value(PERSON_FULL_NAME);
		if (fullName == null) {
			this.problems.add(row.problem(PERSON_FULL_NAME, "Thiếu họ và tên"));
		}
		else if (fullName.length() > 255) {
			this.problems.add(row.problem(PERSON_FULL_NAME, "Họ và tên dài quá 255 ký tự"));
		}
		Optional<Person> stored = Optional.ofNullable(username).flatMap(this.directory::findPerson);
		String email = columns.contains(PERSON_EMAIL) ? row.value(PERSON_EMAIL)
				: stored.map(Person::email).orElse(null);
		if (email != null && !ImportValues.isEmail(email)) {
			this.problems.add(row.problem(PERSON_EMAIL, "Email \"" + email + "\" không hợp lệ"));
		}
		UnitCode unit = null;
		String unitText = row.value(PERSON_UNIT);
		if (unitText == null) {
			this.problems.add(row.problem(PERSON_UNIT, "Thiếu đơn vị"));
		}
		else {
			unit = units.resolve(unitText, row, PERSON_UNIT).orElse(null);
		}
		Position position = position(row);
		if (username == null) {
			return;
		}
		Draft draft = this.drafts.get(username);
		Membership post = (unit != null && position != null) ? new Membership(username, unit, position) : null;
		if (draft == null) {
			List<Membership> posts = new ArrayList<>();
			if (post != null) {
				posts.add(post);
			}
			this.drafts.put(username, new Draft(row, username, fullName, email, posts));
			return;
		}
		int first = draft.first().number();
		if (!Objects.equals(draft.fullName(), fullName) || !Objects.equals(draft.email(), email)) {
			this.problems.add(row.problem(PERSON_USERNAME, "Tên đăng nhập " + username + " trùng với dòng " + first
					+ " nhưng khác họ tên hoặc email (mỗi người một tên đăng nhập)"));
		}
		else if (post != null && draft.memberships().contains(post)) {
			this.problems.add(row.problem(PERSON_USERNAME,
					"Dòng trùng: " + username + " đã giữ chức vụ này ở đơn vị này (dòng " + first + ")"));
		}
		else if (post != null) {
			draft.memberships().add(post);
		}
	}

	private Username username(ImportRow row) {
		String text = row.value(PERSON_USERNAME);
		if (text == null) {
			this.problems.add(row.problem(PERSON_USERNAME, "Thiếu tên đăng nhập"));
			return null;
		}
		Username username;
		try {
			username = Username.of(text);
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(row.problem(PERSON_USERNAME, "Tên đăng nhập \"" + text
					+ "\" không hợp lệ: chữ thường không dấu, chữ số và . _ - (tối đa 64 ký tự)"));
			return null;
		}
		if (this.directory.isServiceAccount(username)) {
			this.problems.add(row.problem(PERSON_USERNAME,
					"Tên đăng nhập " + username + " là tài khoản dịch vụ, không phải cán bộ"));
			return null;
		}
		return username;
	}

	private Position position(ImportRow row) {
		String text = row.value(PERSON_POSITION);
		if (text == null) {
			this.problems.add(row.problem(PERSON_POSITION, "Thiếu chức vụ"));
			return null;
		}
		Optional<Position> position = ImportValues.position(text);
		if (position.isEmpty()) {
			this.problems.add(row.problem(PERSON_POSITION,
					"Chức vụ \"" + text + "\" không có; dùng một trong: " + ImportValues.positionLabels()));
		}
		return position.orElse(null);
	}

}
