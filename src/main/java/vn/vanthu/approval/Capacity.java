package vn.vanthu.approval;

import java.util.Arrays;
import java.util.Optional;

import vn.vanthu.text.VietnameseText;

/**
 * The capacity a signer signs in (thẩm quyền ký), as printed before the title: state
 * forms (Decree 30) and party forms (guide 36-HD/VPTW). {@link #IN_PERSON} is the head
 * signing without a capacity word.
 */
public enum Capacity {

	IN_PERSON("", false), TM("TM.", false), KT("KT.", false), TL("TL.", false), TUQ("TUQ.", false), Q("Q.", false),
	PARTY_TM("T/M", true), PARTY_KT("K/T", true), PARTY_TL("T/L", true);

	private final String mark;

	private final boolean party;

	Capacity(String mark, boolean party) {
		this.mark = mark;
		this.party = party;
	}

	/** The mark as printed: "KT.", "T/M"; empty when the head signs in person. */
	public String mark() {
		return this.mark;
	}

	/** Whether this is a party form (T/M, K/T, T/L). */
	public boolean isParty() {
		return this.party;
	}

	/**
	 * Reads a mark as typed ("kt", "KT.", "T/M", "t/m", "TUQ") or an enum name; blank
	 * means {@link #IN_PERSON}.
	 */
	public static Optional<Capacity> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.of(IN_PERSON);
		}
		String t = VietnameseText.nfc(text).strip().toUpperCase(java.util.Locale.ROOT);
		String bare = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
		return Arrays.stream(values())
			.filter((c) -> c.name().equals(t)
					|| (!c.mark.isEmpty() && (c.mark.equals(t) || c.mark.replace(".", "").equals(bare))))
			.findFirst();
	}

}
