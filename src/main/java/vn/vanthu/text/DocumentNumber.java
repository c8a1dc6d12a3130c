package vn.vanthu.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A document number (số, ký hiệu) such as {@code 568/TB-SXD}, {@code 6802/UBND-TTHC},
 * {@code 01/2024/QĐ-UBND} or the party form {@code 23-CTr/HU}.
 *
 * <p>
 * {@link #canonical()} is the display form (spaces and markup removed, spelling kept);
 * {@link #key()} is the matching form: folded, upper case, leading zeros dropped, so
 * "673/QĐ - UBND", "Số: 673/qd-ubnd" and "673/QĐ-UBND" share the key {@code 673/QD-UBND}.
 * A number alone does not identify a document: every province issues a 673/QĐ-UBND each
 * year.
 *
 * @param raw the text as found (may span lines)
 * @param number the number part as written ("0568", "6802"), or {@code null} when left
 * blank in a draft ("Số: /UBND")
 * @param year the year part of normative numbers ({@code 01/2024/QĐ-UBND}), or
 * {@code null}
 * @param type the type abbreviation as written ("QĐ", "TB", "CTr"), or {@code null} for a
 * công văn, whose symbol has none
 * @param issuer the issuer part, parts joined by '-' ("UBND-TTHC", "SXD", "HU", "QH13")
 * @param party whether the party form {@code NUMBER-TYPE/ISSUER} is used
 */
public record DocumentNumber(String raw, String number, Integer year, String type, String issuer, boolean party) {

	/**
	 * Parses one document number, leniently: an optional "Số:"/"số" prefix, any case,
	 * spaces or line breaks around separators, markdown emphasis and dash variants are
	 * accepted.
	 * @param text the text holding the number (e.g. "Số: 6802/UBND-TTHC")
	 * @return the number, or empty when the text does not start with one
	 */
	public static Optional<DocumentNumber> parse(String text) {
		return DocumentNumbers.parse(text);
	}

	/**
	 * Finds every plausible document number in running text, in order. Symbol parts must
	 * look like symbols (mostly upper case), so prose after a dash is not swallowed.
	 * @param text any text; it is NFC-normalised first, and offsets refer to the NFC form
	 * @return the numbers with their offsets
	 */
	public static java.util.List<NumberMatch> findAll(String text) {
		String nfc = VietnameseText.nfc(text);
		return DocumentNumbers.findAll(nfc, VietnameseText.forMatching(nfc));
	}

	/**
	 * The kind named by the type abbreviation, or Công văn for a state number without
	 * one.
	 */
	public Optional<DocumentKind> kind() {
		if (this.type != null) {
			if (this.party && this.type.equalsIgnoreCase("TT")) {
				return Optional.of(DocumentKind.THONG_TRI);
			}
			return DocumentKind.fromAbbreviation(this.type);
		}
		if (!this.party && this.issuer.toUpperCase(Locale.ROOT).startsWith("QH") && this.issuer.length() <= 5) {
			return Optional.of(DocumentKind.LUAT);
		}
		return Optional.of(DocumentKind.CONG_VAN);
	}

	/** The issuer part split at dashes, e.g. ["UBND", "TTHC"]. */
	public List<String> issuerParts() {
		return this.issuer.isEmpty() ? List.of() : List.of(this.issuer.split("-"));
	}

	/** Whether the number part is blank, as in drafts before issue. */
	public boolean isBlank() {
		return this.number == null;
	}

	/**
	 * The display form: "01/2024/QĐ-UBND", "6802/UBND-TTHC", "23-CTr/HU", "/UBND" for a
	 * blank.
	 */
	public String canonical() {
		StringBuilder sb = new StringBuilder();
		if (this.number != null) {
			sb.append(this.number);
		}
		if (this.party) {
			sb.append('-').append(this.type);
			if (!this.issuer.isEmpty()) {
				sb.append('/').append(this.issuer);
			}
			return sb.toString();
		}
		sb.append('/');
		if (this.year != null) {
			sb.append(this.year).append('/');
		}
		if (this.type != null) {
			sb.append(this.type);
			if (!this.issuer.isEmpty()) {
				sb.append('-');
			}
		}
		sb.append(this.issuer);
		return sb.toString();
	}

	/**
	 * The matching key: canonical form folded, upper case, leading zeros of the number
	 * removed.
	 */
	public String key() {
		String canonical = canonical();
		int i = 0;
		while (i < canonical.length() - 1 && canonical.charAt(i) == '0' && Character.isDigit(canonical.charAt(i + 1))) {
			i++;
		}
		return VietnameseText.fold(canonical.substring(i)).toUpperCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return canonical();
	}

}
