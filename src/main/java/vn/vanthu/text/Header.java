package vn.vanthu.text;

/**
 * What the header of a document says (package-internal result of {@link HeaderReader}).
 */
record Header(NumberMatch number, DocumentKind kind, String issuer, String issuerParent, String place,
		PartialDate issuedOn, String subject, Integer draftRound, Urgency urgency, Secrecy secrecy) {
}
