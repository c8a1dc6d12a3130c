package vn.vanthu.directory;

/**
 * A post a person holds in a unit. Heads lead their unit; deputies may sign "KT." for the
 * head; the records clerk keeps the registers.
 */
public enum Position {

	CHU_TICH("Chủ tịch", Rank.HEAD), PHO_CHU_TICH("Phó Chủ tịch", Rank.DEPUTY), BI_THU("Bí thư", Rank.HEAD),
	PHO_BI_THU("Phó Bí thư", Rank.DEPUTY), GIAM_DOC("Giám đốc", Rank.HEAD), PHO_GIAM_DOC("Phó Giám đốc", Rank.DEPUTY),
	TRUONG_PHONG("Trưởng phòng", Rank.HEAD), PHO_TRUONG_PHONG("Phó Trưởng phòng", Rank.DEPUTY),
	CHANH_VAN_PHONG("Chánh Văn phòng", Rank.HEAD), PHO_CHANH_VAN_PHONG("Phó Chánh Văn phòng", Rank.DEPUTY),
	TRUONG_BAN("Trưởng ban", Rank.HEAD), PHO_TRUONG_BAN("Phó Trưởng ban", Rank.DEPUTY),
	CHUYEN_VIEN("Chuyên viên", Rank.STAFF), VAN_THU("Văn thư", Rank.STAFF), CAN_BO("Cán bộ", Rank.STAFF);

	/** Where a position stands in its unit. */
	public enum Rank {

		HEAD, DEPUTY, STAFF

	}

	private final String label;

	private final Rank rank;

	Position(String label, Rank rank) {
		this.label = label;
		this.rank = rank;
	}

	/** The Vietnamese title, as printed under a signature. */
	public String label() {
		return this.label;
	}

	public Rank rank() {
		return this.rank;
	}

	public boolean isHead() {
		return this.rank == Rank.HEAD;
	}

	public boolean isDeputy() {
		return this.rank == Rank.DEPUTY;
	}

}
