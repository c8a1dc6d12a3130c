package vn.vanthu.drafting;

/** What the drafter did with a comment, as written in the synthesis table. */
public enum Disposition {

	TIEP_THU("Tiếp thu"), TIEP_THU_MOT_PHAN("Tiếp thu một phần"), GIAI_TRINH("Giải trình"),
	KHONG_TIEP_THU("Không tiếp thu");

	private final String label;

	Disposition(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
