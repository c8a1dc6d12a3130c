package vn.vanthu.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Membership;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Position;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.UnitKind;
import vn.vanthu.directory.Username;
import vn.vanthu.document.Document;
import vn.vanthu.document.DocumentMetadata;
import vn.vanthu.document.DocumentOrigin;
import vn.vanthu.document.DocumentStatus;
import vn.vanthu.document.Documents;
import vn.vanthu.document.Extraction;
import vn.vanthu.document.NewDocument;

/**
 * A small world of our own for one test (tests share the context): a district people's
 * committee with its clerk and chairman, a Phòng Nội vụ and a Phòng Văn hóa và Thông tin
 * with their heads and staff, and an unrelated commune. Every name carries a unique
 * number so matching is not confused by other tests' units.
 */
public final class FollowupWorld {

	private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100000));

	public final String n;

	public final UnitCode huyen;

	public final UnitCode noiVu;

	public final UnitCode vanHoa;

	public final UnitCode other;

	/** Clerk (văn thư) of the district committee, who confirms tasks. */
	public final String clerk;

	/** Chairman of the district committee: the assigner's leader. */
	public final String chairman;

	/** Head of Phòng Nội vụ. */
	public final String noiVuHead;

	/** Staff of Phòng Nội vụ. */
	public final String noiVuStaff;

	/** Head of Phòng Văn hóa và Thông tin. */
	public final String vanHoaHead;

	/** Someone of an unrelated commune. */
	public final String outsider;

	private final Directory directory;

	public FollowupWorld(Directory directory) {
		this.directory = directory;
		this.n = "T" + SEQ.incrementAndGet();
		String suffix = "Sơn Hà " + this.n;
		this.huyen = unit("FU" + this.n + "-HUYEN", "Ủy ban nhân dân huyện " + suffix, "UBND", null);
		this.noiVu = unit("FU" + this.n + "-PNV", "Phòng Nội vụ huyện " + suffix, "PNV", this.huyen);
		this.vanHoa = unit("FU" + this.n + "-VHTT", "Phòng Văn hóa và Thông tin huyện " + suffix, "VHTT", this.huyen);
		this.other = unit("FU" + this.n + "-XA", "Ủy ban nhân dân xã Long " + this.n, "UBND", null);
		String p = "fu" + this.n.toLowerCase();
		this.clerk = person(p + "vt", this.huyen, Position.VAN_THU);
		this.chairman = person(p + "ct", this.huyen, Position.CHU_TICH);
		this.noiVuHead = person(p + "pnv", this.noiVu, Position.TRUONG_PHONG);
		this.noiVuStaff = person(p + "cv", this.noiVu, Position.CHUYEN_VIEN);
		this.vanHoaHead = person(p + "vh", this.vanHoa, Position.TRUONG_PHONG);
		this.outsider = person(p + "xa", this.other, Position.CHU_TICH);
	}

	/** An issued directive of the district committee with this text. */
	public Document directive(Documents documents, String text, LocalDate issuedOn) {
		return documents.create(new NewDocument(
				new DocumentMetadata(this.n.substring(1) + "/CT-UBND", null, this.huyen,
						"ỦY BAN NHÂN DÂN HUYỆN SƠN HÀ " + this.n, issuedOn, null),
				DocumentOrigin.DRAFTED, DocumentStatus.ISSUED, Set.of(this.noiVu, this.vanHoa), false, null, null, null,
				text, Extraction.extracted(null), this.clerk));
	}

	private UnitCode unit(String code, String name, String shortName, UnitCode parent) {
		UnitCode c = UnitCode.of(code);
		this.directory.saveUnit(new Unit(c, name, shortName, parent,
				parent == null ? UnitKind.PEOPLES_COMMITTEE : UnitKind.DEPARTMENT, null, null, null));
		return c;
	}

	private String person(String login, UnitCode unit, Position position) {
		Username u = Username.of(login);
		this.directory.savePerson(new Person(u, "Người " + login, login + "@vanthu.local", false,
				List.of(new Membership(u, unit, position))), "demo");
		return login;
	}

}
