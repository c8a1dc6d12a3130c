package vn.vanthu.incoming;

import vn.vanthu.text.DocumentFacts;

/** Độ khẩn of an incoming document (Decree 30 Art. 15): sorts it first and flags it. */
public enum Urgency {

	HOA_TOC("Hỏa tốc", 0), THUONG_KHAN("Thượng khẩn", 1), KHAN("Khẩn", 2);

	private final String label;

	private final int rank;

	Urgency(String label, int rank) {
		this.label = label;
		this.rank = rank;
	}

	public String label() {
		return this.label;
	}

	int rank() {
		return this.rank;
	}

	/** The urgency the text module read from the document's mark, or {@code null}. */
	static Urgency of(DocumentFacts facts) {
		return facts.urgency() == null ? null : valueOf(facts.urgency().name());
	}

}
