package vn.vanthu.document;

import java.util.Set;

import org.springframework.stereotype.Service;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Membership;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Position;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;
import vn.vanthu.platform.Problem;

/**
 * Who may correct a document's metadata: the clerk (văn thư) of its issuer unit or of one
 * of its recipient units, and administrators. Everyone else may at most read it.
 */
@Service
public class DocumentClerks {

	private final Directory directory;

	DocumentClerks(Directory directory) {
		this.directory = directory;
	}

	/** Whether this user may edit the document's metadata. */
	public boolean canEditMetadata(Document document, String username) {
		Person person = this.directory.findPerson(new Username(username)).orElse(null);
		if (person == null) {
			return false;
		}
		if (person.admin()) {
			return true;
		}
		Set<UnitCode> units = new java.util.HashSet<>(document.access().recipientUnits());
		if (document.access().issuerUnit() != null) {
			units.add(document.access().issuerUnit());
		}
		for (Membership m : person.memberships()) {
			if (m.position() == Position.VAN_THU && units.contains(m.unit())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @throws Problem 403 when the user is not a clerk of the document's units nor an
	 * administrator
	 */
	public void checkEditMetadata(Document document, String username) {
		if (!canEditMetadata(document, username)) {
			throw Problem.forbidden("metadata-not-clerk",
					"Chỉ văn thư của đơn vị ban hành hoặc đơn vị nhận (hoặc quản trị viên) được sửa thông tin văn bản.");
		}
	}

}
