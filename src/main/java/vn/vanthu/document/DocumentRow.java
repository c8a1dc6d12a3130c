package vn.vanthu.document;

import java.time.LocalDate;
import java.util.Map;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.text.DocumentFacts;
import vn.vanthu.text.DocumentKind;
import vn.vanthu.text.Secrecy;
import vn.vanthu.text.VietnameseText;

/**
 * The columns of a document row, resolved from metadata given by the caller (which wins)
 * and the facts the text module read.
 */
record DocumentRow(NumberForm number, String kind, UnitCode issuerUnit, String issuer, LocalDate issuedOn, Integer year,
		String subject, DocumentOrigin origin, DocumentStatus status, boolean isPublic, Secrecy secrecy,
		Extraction extraction) {

	Map<String, Object> paramsMap() {
		Map<String, Object> p = new java.util.HashMap<>();
		p.put("number", this.number == null ? null : this.number.canonical());
		p.put("key", this.number == null ? null : this.number.key());
		p.put("kind", this.kind);
		p.put("unit", this.issuerUnit == null ? null : this.issuerUnit.value());
		p.put("issuer", this.issuer);
		p.put("issuedOn", this.issuedOn);
		p.put("year", this.year);
		p.put("subject", this.subject);
		p.put("origin", this.origin.name());
		p.put("status", this.status.name());
		p.put("public", this.isPublic && this.secrecy == null);
		p.put("secrecy", this.secrecy == null ? null : this.secrecy.name());
		p.put("extraction", this.extraction.status().name());
		p.put("reason",
				this.extraction.reason() == null ? null : DocumentRepository.truncate(this.extraction.reason(), 1000));
		return p;
	}

	static DocumentRow of(Document d, DocumentStatus status, boolean isPublic) {
		return new DocumentRow(NumberForm.of(d.number()).orElse(null), d.kind(), d.issuerUnit(), d.issuer(),
				d.issuedOn(), d.year(), d.subject(), d.origin(), status, isPublic, d.access().secrecy(),
				d.extraction());
	}

	static DocumentRow of(DocumentMetadata given, DocumentFacts facts, DocumentOrigin origin, DocumentStatus status,
			boolean isPublic, Secrecy secrecy, Extraction extraction) {
		NumberForm number = NumberForm.of(given.number()).orElse(null);
		if (number == null && facts != null && facts.number() != null && !facts.number().isBlank()) {
			number = NumberForm.of(facts.number().canonical()).orElse(null);
		}
		String kind = kindLabel(given.kind());
		if (kind == null && facts != null && facts.kind() != null) {
			kind = facts.kind().label();
		}
		String issuer = given.issuer() != null ? clean(given.issuer()) : (facts == null ? null : clean(facts.issuer()));
		LocalDate issuedOn = given.issuedOn() != null ? given.issuedOn()
				: (facts == null || facts.issuedOn() == null ? null : facts.issuedOn().toLocalDate().orElse(null));
		Integer factYear = facts == null || facts.issuedOn() == null ? null : facts.issuedOn().year();
		String subject = given.subject() != null ? clean(given.subject())
				: (facts == null ? null : clean(facts.subject()));
		Secrecy mark = secrecy != null ? secrecy : (facts == null ? null : facts.secrecy());
		return new DocumentRow(number, kind, given.issuerUnit(), issuer, issuedOn, year(issuedOn, factYear, number),
				subject, origin, status, isPublic, mark, extraction);
	}

	static Integer year(LocalDate issuedOn, Integer factYear, NumberForm number) {
		if (issuedOn != null) {
			return issuedOn.getYear();
		}
		return factYear != null ? factYear : (number == null ? null : number.year());
	}

	static String kindLabel(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		String k = VietnameseText.nfc(kind).strip();
		return DocumentKind.fromLabel(k).or(() -> DocumentKind.fromAbbreviation(k)).map(DocumentKind::label).orElse(k);
	}

	static String clean(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		return DocumentRepository.truncate(VietnameseText.nfc(s).replaceAll("\\s+", " ").strip(), 4000);
	}

}
