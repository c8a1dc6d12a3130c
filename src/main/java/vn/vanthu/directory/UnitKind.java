package vn.vanthu.directory;

/**
 * The kind of an organisational unit, which decides its documents' forms (state or
 * party).
 */
public enum UnitKind {

	/** A people's committee (UBND) at any level. */
	PEOPLES_COMMITTEE("Ủy ban nhân dân"),
	/** A department of a people's committee (Sở, Phòng, Văn phòng). */
	DEPARTMENT("Cơ quan chuyên môn"),
	/** A party committee (Tỉnh ủy, Huyện ủy, Đảng ủy). */
	PARTY_COMMITTEE("Cấp ủy Đảng"),
	/** A mass organisation or board (Mặt trận, Đoàn, Hội, ban ngành). */
	ORGANISATION("Ban ngành, đoàn thể"),
	/** An external body that receives documents but has no users here. */
	EXTERNAL("Đơn vị ngoài");

	private final String label;

	UnitKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Party documents use the party forms of numbers and signature capacities. */
	public boolean isParty() {
		return this == PARTY_COMMITTEE;
	}

}
