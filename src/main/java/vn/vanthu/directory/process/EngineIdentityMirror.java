package vn.vanthu.directory.process;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.DirectoryChanged;
import vn.vanthu.directory.Membership;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Unit;

/**
 * Mirrors the directory into the engine's users and groups, so that candidate groups on
 * tasks and the engine's web apps see the same people. The directory is the master: the
 * mirror is rebuilt for a changed person or unit, and fully at start-up.
 *
 * <p>
 * Groups: one per unit (id = unit code, type {@code UNIT}), one per post in a unit (id
 * {@code UNIT:POSITION}, type {@code POSITION}), and {@code camunda-admin} for
 * administrators.
 */
@Component
class EngineIdentityMirror {

	static final String ADMIN_GROUP = "camunda-admin";

	private final Directory directory;

	private final IdentityService identity;

	EngineIdentityMirror(Directory directory, IdentityService identity) {
		this.directory = directory;
		this.identity = identity;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void mirrorAll() {
		this.directory.units().forEach(this::mirror);
		this.directory.people().forEach(this::mirror);
	}

	@EventListener
	void onChange(DirectoryChanged change) {
		if (change.unit() != null) {
			this.directory.findUnit(change.unit()).ifPresent(this::mirror);
		}
		if (change.person() != null) {
			this.directory.findPerson(change.person()).ifPresent(this::mirror);
		}
	}

	private void mirror(Unit unit) {
		group(unit.code().value(), unit.name(), "UNIT");
	}

	private void mirror(Person person) {
		String id = person.username().value();
		User user = this.identity.createUserQuery().userId(id).singleResult();
		if (user == null) {
			user = this.identity.newUser(id);
		}
		String[] names = splitName(person.fullName());
		user.setFirstName(names[0]);
		user.setLastName(names[1]);
		user.setEmail(person.email());
		this.identity.saveUser(user);

		Set<String> wanted = new HashSet<>();
		for (Membership m : person.memberships()) {
			wanted.add(m.unit().value());
			String label = m.position().label() + " - " + this.directory.unit(m.unit()).name();
			group(m.positionGroupId(), label, "POSITION");
			wanted.add(m.positionGroupId());
		}
		if (person.admin()) {
			group(ADMIN_GROUP, "Quản trị hệ thống", "SYSTEM");
			wanted.add(ADMIN_GROUP);
		}
		List<Group> current = this.identity.createGroupQuery().groupMember(id).list();
		Set<String> have = new HashSet<>();
		for (Group g : current) {
			have.add(g.getId());
			if (!wanted.contains(g.getId())) {
				this.identity.deleteMembership(id, g.getId());
			}
		}
		wanted.stream().filter((g) -> !have.contains(g)).forEach((g) -> this.identity.createMembership(id, g));
	}

	private void group(String id, String name, String type) {
		Group group = this.identity.createGroupQuery().groupId(id).singleResult();
		if (group == null) {
			group = this.identity.newGroup(id);
		}
		else if (name.equals(group.getName()) && type.equals(group.getType())) {
			return;
		}
		group.setName(name);
		group.setType(type);
		this.identity.saveGroup(group);
	}

	/**
	 * The engine displays "first last": putting everything but the given name in "first"
	 * keeps the Vietnamese order ("Nguyễn Quốc" + "Việt") on screen.
	 */
	private static String[] splitName(String fullName) {
		int space = fullName.lastIndexOf(' ');
		return (space < 0) ? new String[] { fullName, "" }
				: new String[] { fullName.substring(0, space), fullName.substring(space + 1) };
	}

}
