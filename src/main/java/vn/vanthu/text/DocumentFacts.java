package vn.vanthu.text;

import java.util.List;

/**
 * What {@link DocumentReader} found in one document. Unknown values are {@code null},
 * absent lists are empty; offsets refer to the NFC form of the text given to the reader.
 *
 * @param number the document's own number, or {@code null} when there is none or when it
 * is left blank in a draft ("Số: /UBND")
 * @param draftSymbol the blank number of a draft ("/UBND", "/QĐ-UBND": type and issuer
 * parts without a number), or {@code null} when the document has a number or none at all
 * @param kind its kind (from the title line, "V/v" for a công văn, else the number's
 * type)
 * @param issuer the issuing body as written in the header ("ỦY BAN NHÂN DÂN TỈNH QUẢNG
 * NGÃI", "HUYỆN ỦY BA TƠ")
 * @param issuerParent the body above the issuer in the header ("ĐẢNG BỘ TỈNH QUẢNG
 * NGÃI"), or {@code null}
 * @param place the place of issue ("Quảng Ngãi")
 * @param issuedOn the date of issue, partial in drafts
 * @param subject the trích yếu, without its "V/v" prefix
 * @param draftRound N of "DỰ THẢO LẦN N" (1 for a bare "DỰ THẢO"), or {@code null}
 * @param urgency the urgency mark, or {@code null}
 * @param secrecy the secrecy mark, or {@code null}
 * @param kinhGui the addressees after "Kính gửi"
 * @param noiNhan the distribution list after "Nơi nhận", as written (including "Lưu: VT,
 * …")
 * @param signer the signature block, or {@code null}
 * @param citations other documents cited by number in the main document (not in a draft
 * or other document attached after it), in order of appearance
 * @param deadlines deadlines stated anywhere in the text, in order
 * @param assignments tasks given to units or people, in order
 */
public record DocumentFacts(DocumentNumber number, DocumentNumber draftSymbol, DocumentKind kind, String issuer,
		String issuerParent, String place, PartialDate issuedOn, String subject, Integer draftRound, Urgency urgency,
		Secrecy secrecy, List<String> kinhGui, List<String> noiNhan, Signer signer, List<Citation> citations,
		List<Deadline> deadlines, List<Assignment> assignments) {

	public DocumentFacts {
		kinhGui = List.copyOf(kinhGui);
		noiNhan = List.copyOf(noiNhan);
		citations = List.copyOf(citations);
		deadlines = List.copyOf(deadlines);
		assignments = List.copyOf(assignments);
	}

}
