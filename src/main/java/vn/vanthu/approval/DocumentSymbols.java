package vn.vanthu.approval;

import vn.vanthu.text.DocumentKind;
import vn.vanthu.text.VietnameseText;

/**
 * Builds "số, ký hiệu" (Decree 30 Phụ lục I; party guide 36-HD/VPTW): state
 * {@code 15/QĐ-UBND}, normative {@code 01/2024/QĐ-UBND}, công văn {@code 247/UBND-VP},
 * party {@code 23-CTr/HU}, party công văn {@code 1440-CV/HU}. Numbers below 10 are
 * zero-padded.
 */
public final class DocumentSymbols {

	private DocumentSymbols() {
	}

	/**
	 * @param seq the register number
	 * @param year the year, printed for normative documents
	 * @param kind the kind's label or abbreviation
	 * @param issuerShort the issuer's short name ("UBND", "HU")
	 * @param drafterShort the drafting unit's short name for a state công văn ("VP"), or
	 * {@code null}
	 * @param party party form
	 * @param normative a normative (quy phạm pháp luật) document carries the year
	 */
	public static String build(int seq, int year, String kind, String issuerShort, String drafterShort, boolean party,
			boolean normative) {
		String n = seq < 10 ? "0" + seq : Integer.toString(seq);
		DocumentKind k = kindOf(kind);
		String issuer = VietnameseText.nfc(issuerShort == null ? "" : issuerShort.strip());
		if (party) {
			String abbreviation = k == null ? "CV" : (k == DocumentKind.CONG_VAN ? "CV" : k.abbreviations().get(0));
			return n + "-" + abbreviation + "/" + issuer;
		}
		if (k == null || k == DocumentKind.CONG_VAN) {
			return n + "/" + issuer + (drafterShort == null || drafterShort.isBlank() ? "" : "-" + drafterShort);
		}
		return n + "/" + (normative ? year + "/" : "") + k.abbreviations().get(0) + "-" + issuer;
	}

	static DocumentKind kindOf(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		String k = VietnameseText.nfc(kind).strip();
		return DocumentKind.fromLabel(k).or(() -> DocumentKind.fromAbbreviation(k)).orElse(null);
	}

}
