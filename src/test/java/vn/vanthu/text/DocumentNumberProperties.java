package vn.vanthu.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Canonical forms are stable and spelling variants of one number share its key. */
class DocumentNumberProperties {

	@Provide
	Arbitrary<String> numbers() {
		Arbitrary<String> digits = Arbitraries.integers().between(1, 9999).map(String::valueOf);
		Arbitrary<String> type = Arbitraries.of("QĐ", "TB", "KH", "CT", "NQ", "QyĐ", "CTr", "TTr", "ĐA", "HĐ", "BC");
		Arbitrary<String> issuer = Arbitraries.of("UBND", "SXD", "BNV", "UBND-TTHC", "SNV-CCHC", "CP", "TTg");
		Arbitrary<String> state = Combinators.combine(digits, type, issuer).as((d, t, i) -> d + "/" + t + "-" + i);
		Arbitrary<String> cv = Combinators.combine(digits, issuer).as((d, i) -> d + "/" + i);
		Arbitrary<String> normative = Combinators
			.combine(digits, Arbitraries.integers().between(2000, 2030), type, issuer)
			.as((d, y, t, i) -> d + "/" + y + "/" + t + "-" + i);
		Arbitrary<String> party = Combinators
			.combine(digits, Arbitraries.of("NQ", "CTr", "CV", "KL", "QĐi"), Arbitraries.of("HU", "TU", "TW", "ĐU"))
			.as((d, t, i) -> d + "-" + t + "/" + i);
		return Arbitraries.oneOf(state, cv, normative, party);
	}

	@Property
	void canonicalIsIdempotent(@ForAll("numbers") String text) {
		DocumentNumber n = DocumentNumber.parse(text).orElseThrow();
		assertThat(n.canonical()).isEqualTo(text);
		assertThat(DocumentNumber.parse(n.canonical()).orElseThrow().canonical()).isEqualTo(n.canonical());
	}

	@Property
	void variantsShareTheKey(@ForAll("numbers") String text, @ForAll boolean prefix, @ForAll boolean lower,
			@ForAll boolean spaces, @ForAll boolean fold) {
		String key = DocumentNumber.parse(text).orElseThrow().key();
		String variant = text;
		if (fold) {
			variant = variant.replace('Đ', 'D');
		}
		if (spaces) {
			variant = variant.replace("-", " - ").replace("/", " / ");
		}
		if (lower) {
			variant = variant.toLowerCase(java.util.Locale.ROOT);
		}
		if (prefix) {
			variant = "Số: " + variant;
		}
		assertThat(DocumentNumber.parse(variant).orElseThrow().key()).isEqualTo(key);
	}

}
