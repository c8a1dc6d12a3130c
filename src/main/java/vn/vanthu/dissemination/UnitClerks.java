package vn.vanthu.dissemination;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Position;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;

/**
 * Who keeps a unit's registers: its văn thư (or those of its office sub-units); when it
 * has none, its head receives documents.
 */
@Component
public class UnitClerks {

	private final Directory directory;

	UnitClerks(Directory directory) {
		this.directory = directory;
	}

	public List<String> of(UnitCode unit) {
		List<String> clerks = new ArrayList<>(clerksIn(unit));
		if (clerks.isEmpty()) {
			this.directory.children(unit).forEach((c) -> clerks.addAll(clerksIn(c.code())));
		}
		if (clerks.isEmpty()) {
			this.directory.headsOf(unit).stream().map(Username::value).forEach(clerks::add);
		}
		return clerks.stream().distinct().toList();
	}

	private List<String> clerksIn(UnitCode unit) {
		return this.directory.membersOf(unit)
			.stream()
			.filter((m) -> m.position() == Position.VAN_THU)
			.map((m) -> m.username().value())
			.toList();
	}

}
