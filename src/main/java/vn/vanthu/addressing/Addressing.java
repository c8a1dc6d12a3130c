package vn.vanthu.addressing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.UnitKind;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.VietnameseText;

/**
 * Which units a document's Kính gửi and Nơi nhận, or an assignee, designate: the one
 * matcher of the application (dissemination's confirm page and follow-up's assignments
 * use it). Knows the units valid on a day, their aliases and the groups an admin defined,
 * and remembers what each issuing unit's clerk chose for a wording (ADR 0017).
 */
@Service
public class Addressing {

	private final Directory directory;

	private final AddressingRepository repository;

	Addressing(Directory directory, AddressingRepository repository) {
		this.directory = directory;
		this.repository = repository;
	}

	/**
	 * The Kính gửi then Nơi nhận lines resolved for a document of the issuer dated
	 * {@code on} (today when {@code null}).
	 */
	public List<ResolvedLine> resolve(List<String> kinhGui, List<String> noiNhan, UnitCode issuer, LocalDate on) {
		LocalDate day = on == null ? LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) : on;
		Set<UnitCode> valid = recipientUnits(day).stream().map(Unit::code).collect(Collectors.toSet());
		NoiNhanResolver resolver = new NoiNhanResolver(matcher(day), this.repository.groups(),
				issuer == null ? Map.of() : this.repository.choices(issuer), valid::contains);
		return resolver.resolve(kinhGui, noiNhan, issuer, day);
	}

	/** The unit an assignee or recipient as written designates, if exactly one does. */
	public Optional<UnitCode> matchUnit(String written, UnitCode issuer, LocalDate on) {
		return matcher(on).match(written, issuer, on);
	}

	/**
	 * The units that may receive documents on the day (external bodies excluded), by
	 * name.
	 */
	public List<Unit> recipientUnits(LocalDate on) {
		return this.directory.units()
			.stream()
			.filter((u) -> u.kind() != UnitKind.EXTERNAL)
			.filter((u) -> on == null || u.isValidOn(on))
			.sorted(Comparator.comparing(Unit::name))
			.toList();
	}

	/**
	 * Remembers the clerk's confirmed units for each wording (line as written → units),
	 * for the issuer's next documents. Lines confirmed without a unit are not remembered.
	 */
	@Transactional
	public void remember(UnitCode issuer, Map<String, List<UnitCode>> choices) {
		choices.forEach((line, units) -> {
			String wording = NoiNhanResolver.wording(line);
			if (!wording.isEmpty() && !units.isEmpty() && !wording.startsWith("nhu tren")) {
				this.repository.remember(issuer, wording, List.copyOf(new LinkedHashSet<>(units)));
			}
		});
	}

	/** Aliases by unit. */
	public Map<UnitCode, List<String>> aliases() {
		return this.repository.aliases();
	}

	/** Adds an alias ("Mặt trận xã", "UBMTTQ xã") to a unit. */
	@Transactional
	public void addAlias(UnitCode unit, String alias) {
		this.directory.findUnit(unit).orElseThrow(() -> unknown(unit));
		String a = VietnameseText.nfc(alias == null ? "" : alias).strip();
		if (a.isEmpty()) {
			throw Problem.badRequest("alias-required", "Nhập tên gọi khác của đơn vị.");
		}
		this.repository.addAlias(unit, a);
	}

	@Transactional
	public void removeAlias(UnitCode unit, String alias) {
		this.repository.removeAlias(unit, VietnameseText.nfc(alias).strip());
	}

	/** The admin's groups, by name. */
	public List<RecipientGroup> groups() {
		return this.repository.groups();
	}

	/** Creates or replaces the group of that wording. */
	@Transactional
	public long saveGroup(String name, List<UnitCode> units) {
		String n = VietnameseText.nfc(name == null ? "" : name).strip();
		if (n.isEmpty() || units.isEmpty()) {
			throw Problem.badRequest("group-incomplete",
					"Nhóm nơi nhận cần tên (như viết trong văn bản) và ít nhất một đơn vị.");
		}
		units.forEach((u) -> this.directory.findUnit(u).orElseThrow(() -> unknown(u)));
		return this.repository.saveGroup(n, List.copyOf(new LinkedHashSet<>(units)));
	}

	@Transactional
	public void deleteGroup(long id) {
		this.repository.deleteGroup(id);
	}

	private UnitMatcher matcher(LocalDate on) {
		return new UnitMatcher(this.directory.units().stream().filter((u) -> u.kind() != UnitKind.EXTERNAL).toList(),
				this.repository.aliases());
	}

	private static Problem unknown(UnitCode unit) {
		return Problem.badRequest("unit-unknown", "Không có đơn vị " + unit.value() + " trong danh bạ.");
	}

}
