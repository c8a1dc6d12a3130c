package vn.vanthu.directory;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of units and people: the one place other modules ask "who is the head of
 * this unit", "which units is this person in", "who are the members of this board". Names
 * are normalised to NFC on the way in.
 */
@Service
public class Directory {

	private final DirectoryRepository repository;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	Directory(DirectoryRepository repository, PasswordEncoder passwords, ApplicationEventPublisher events) {
		this.repository = repository;
		this.passwords = passwords;
		this.events = events;
	}

	public List<Unit> units() {
		return this.repository.units();
	}

	public Optional<Unit> findUnit(UnitCode code) {
		return this.repository.unit(code);
	}

	/**
	 * The unit with this code; throws {@link NoSuchElementException} if there is none.
	 */
	public Unit unit(UnitCode code) {
		return findUnit(code).orElseThrow(() -> new NoSuchElementException("Không có đơn vị " + code));
	}

	public List<Unit> children(UnitCode parent) {
		return units().stream().filter((u) -> parent.equals(u.parent())).toList();
	}

	/**
	 * The units whose registers (sổ văn bản) the person keeps: a clerk's posts first; a
	 * post in a department (Văn phòng) keeps its parent's register, the one the commune
	 * issues and receives under. In membership order, without repetition; empty for an
	 * unknown person.
	 */
	public List<UnitCode> registerUnits(Username username) {
		return findPerson(username).stream()
			.flatMap((p) -> p.memberships()
				.stream()
				.sorted(java.util.Comparator.comparing((Membership m) -> m.position() != Position.VAN_THU)))
			.map((m) -> findUnit(m.unit()).filter((u) -> u.kind() == UnitKind.DEPARTMENT && u.parent() != null)
				.map(Unit::parent)
				.orElse(m.unit()))
			.distinct()
			.toList();
	}

	public Optional<Person> findPerson(Username username) {
		return this.repository.person(username);
	}

	/**
	 * The person with this login; throws {@link NoSuchElementException} if there is none.
	 */
	public Person person(Username username) {
		return findPerson(username).orElseThrow(() -> new NoSuchElementException("Không có người dùng " + username));
	}

	public List<Person> people() {
		return this.repository.usernames().stream().map(this::person).toList();
	}

	public List<Membership> membersOf(UnitCode unit) {
		return this.repository.membersOf(unit);
	}

	/**
	 * The people leading a unit: those holding a head position, or when the post is
	 * vacant the deputies, ordered by username for determinism. Empty when the unit has
	 * no leaders.
	 */
	public List<Username> headsOf(UnitCode unit) {
		List<Membership> members = membersOf(unit);
		List<Username> heads = members.stream().filter((m) -> m.position().isHead()).map(Membership::username).toList();
		if (!heads.isEmpty()) {
			return heads;
		}
		return members.stream()
			.filter((m) -> m.position().isDeputy())
			.map(Membership::username)
			.distinct()
			.sorted(Comparator.comparing(Username::value))
			.toList();
	}

	/** Creates or updates a unit. */
	@Transactional
	public Unit saveUnit(Unit unit) {
		Unit normalised = new Unit(unit.code(), nfc(unit.name()), nfc(unit.shortName()), unit.parent(), unit.kind(),
				unit.validFrom(), unit.validTo(), unit.email());
		if (unit.parent() != null) {
			unit(unit.parent());
		}
		this.repository.saveUnit(normalised);
		this.events.publishEvent(DirectoryChanged.unit(unit.code()));
		return normalised;
	}

	/**
	 * Creates or updates a person and replaces their memberships.
	 * @param rawPassword the new password, or {@code null} to keep the current one
	 * (required for a new person)
	 */
	@Transactional
	public Person savePerson(Person person, String rawPassword) {
		boolean exists = this.repository.person(person.username()).isPresent();
		if (!exists && (rawPassword == null || rawPassword.isBlank())) {
			throw new IllegalArgumentException("Người dùng mới cần có mật khẩu");
		}
		if (exists && rawPassword != null && isServiceAccount(person.username())) {
			throw new IllegalArgumentException("Tài khoản dịch vụ không có mật khẩu, chỉ có mã truy cập API");
		}
		person.memberships().forEach((m) -> unit(m.unit()));
		Person normalised = new Person(person.username(), nfc(person.fullName()), person.email(), person.admin(),
				person.memberships());
		this.repository.savePerson(normalised, (rawPassword != null) ? this.passwords.encode(rawPassword) : null);
		this.events.publishEvent(DirectoryChanged.person(person.username()));
		return normalised;
	}

	/**
	 * Creates a service account: a login without a password that authenticates only with
	 * the API tokens an administrator issues to it.
	 * @throws IllegalStateException if the login is taken
	 */
	@Transactional
	public ServiceAccount createServiceAccount(Username username, String name, List<Membership> memberships) {
		if (this.repository.person(username).isPresent()) {
			throw new IllegalStateException("Tên đăng nhập " + username + " đã có");
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Tài khoản dịch vụ cần có tên");
		}
		memberships.forEach((m) -> unit(m.unit()));
		Person account = new Person(username, nfc(name), null, false, memberships);
		this.repository.savePerson(account, null);
		this.repository.markServiceAccount(username);
		this.events.publishEvent(DirectoryChanged.person(username));
		return new ServiceAccount(username, account.fullName(), true, memberships);
	}

	/** The service accounts, by login name. */
	public List<ServiceAccount> serviceAccounts() {
		return this.repository.serviceAccounts()
			.stream()
			.map((u) -> new ServiceAccount(u, person(u).fullName(), this.repository.enabled(u),
					person(u).memberships()))
			.toList();
	}

	/** Whether this login is a service account. */
	public boolean isServiceAccount(Username username) {
		return this.repository.serviceAccounts().contains(username);
	}

	/**
	 * Enables or disables a login: a disabled person or service account can neither log
	 * in nor use its API tokens.
	 */
	@Transactional
	public void setEnabled(Username username, boolean enabled) {
		person(username);
		this.repository.setEnabled(username, enabled);
		this.events.publishEvent(DirectoryChanged.person(username));
	}

	/** Whether an enabled administrator exists. */
	public boolean hasAdministrator() {
		return this.repository.hasAdministrator();
	}

	/** The stored password hash of an enabled person, for authentication. */
	public Optional<String> passwordHash(Username username) {
		return this.repository.passwordHash(username);
	}

	private static String nfc(String text) {
		return (text != null) ? Normalizer.normalize(text.strip(), Normalizer.Form.NFC) : null;
	}

}
