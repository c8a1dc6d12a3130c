package vn.vanthu.drafting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Membership;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;
import vn.vanthu.platform.Problem;

/**
 * Turns the drafter's list ({@code truongban1}, {@code unit:XA-BATIEU-MTTQ} for the
 * unit's head, {@code unit:XA-BATIEU-MTTQ:all} for everyone in it) into people, once
 * each, never the drafter.
 */
@Component
class Recipients {

	/** A person asked, and the unit through which they were asked (or {@code null}). */
	record Resolved(String username, String viaUnit) {
	}

	private final Directory directory;

	Recipients(Directory directory) {
		this.directory = directory;
	}

	List<Resolved> resolve(List<String> specs, String drafter) {
		if (specs == null || specs.isEmpty()) {
			throw Problem.badRequest("no-recipients", "Vui lòng chọn ít nhất một người hoặc đơn vị nhận góp ý.");
		}
		Map<String, Resolved> people = new LinkedHashMap<>();
		for (String raw : specs) {
			String spec = (raw != null) ? raw.strip() : "";
			if (spec.isEmpty()) {
				continue;
			}
			if (spec.regionMatches(true, 0, "unit:", 0, 5)) {
				String rest = spec.substring(5);
				boolean all = rest.toLowerCase().endsWith(":all");
				UnitCode unit = unit(all ? rest.substring(0, rest.length() - 4) : rest);
				List<Username> members = all
						? this.directory.membersOf(unit).stream().map(Membership::username).distinct().toList()
						: this.directory.headsOf(unit);
				if (members.isEmpty()) {
					throw Problem.badRequest("empty-unit", "Đơn vị " + unit + " không có người nhận phù hợp.");
				}
				members.forEach((u) -> people.putIfAbsent(u.value(), new Resolved(u.value(), "unit:" + unit)));
			}
			else {
				Username user = username(spec);
				if (this.directory.findPerson(user).isEmpty()) {
					throw Problem.badRequest("unknown-recipient", "Không có người dùng \"" + spec + "\".");
				}
				people.put(user.value(), new Resolved(user.value(), null));
			}
		}
		people.remove(drafter);
		if (people.isEmpty()) {
			throw Problem.badRequest("no-recipients", "Danh sách nhận góp ý không có ai ngoài người soạn thảo.");
		}
		return new ArrayList<>(people.values());
	}

	private UnitCode unit(String code) {
		try {
			UnitCode unit = UnitCode.of(code);
			this.directory.unit(unit);
			return unit;
		}
		catch (RuntimeException ex) {
			throw Problem.badRequest("unknown-unit", "Không có đơn vị \"" + code + "\".");
		}
	}

	private static Username username(String spec) {
		try {
			return Username.of(spec);
		}
		catch (IllegalArgumentException ex) {
			throw Problem.badRequest("unknown-recipient", "Không có người dùng \"" + spec + "\".");
		}
	}

}
