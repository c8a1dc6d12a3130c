package vn.vanthu.text;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentNumberTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			568/TB-SXD          | 568/TB-SXD       | 568/TB-SXD       | TB   | SXD
			6802/UBND-TTHC      | 6802/UBND-TTHC   | 6802/UBND-TTHC   |      | UBND-TTHC
			247/PNV             | 247/PNV          | 247/PNV          |      | PNV
			01/2024/QĐ-UBND     | 01/2024/QĐ-UBND  | 1/2024/QD-UBND   | QĐ   | UBND
			30/2020/NĐ-CP       | 30/2020/NĐ-CP    | 30/2020/ND-CP    | NĐ   | CP
			80/2015/QH13        | 80/2015/QH13     | 80/2015/QH13     |      | QH13
			23-CTr/HU           | 23-CTr/HU        | 23-CTR/HU        | CTr  | HU
			04-NQ/TU            | 04-NQ/TU         | 4-NQ/TU          | NQ   | TU
			1440-CV/HU          | 1440-CV/HU       | 1440-CV/HU       | CV   | HU
			Số: **6802**/UBND-TTHC | 6802/UBND-TTHC | 6802/UBND-TTHC   |      | UBND-TTHC
			673/QĐ - UBND       | 673/QĐ-UBND      | 673/QD-UBND      | QĐ   | UBND
			số 03/QyĐ-SXD       | 03/QyĐ-SXD       | 3/QYD-SXD        | QyĐ  | SXD
			Số: /UBND           | /UBND            | /UBND            |      | UBND
			Số -CV/HU           | -CV/HU           | -CV/HU           | CV   | HU
			""")
	void parsesStateAndPartyForms(String text, String canonical, String key, String type, String issuer) {
		DocumentNumber n = DocumentNumber.parse(text).orElseThrow();
		assertThat(n.canonical()).isEqualTo(canonical);
		assertThat(n.key()).isEqualTo(key);
		assertThat(n.type()).isEqualTo(type);
		assertThat(n.issuer()).isEqualTo(issuer);
	}

	@Test
	void yearAndKindAreAvailable() {
		DocumentNumber n = DocumentNumber.parse("01/2024/QĐ-UBND").orElseThrow();
		assertThat(n.year()).isEqualTo(2024);
		assertThat(n.number()).isEqualTo("01");
		assertThat(n.kind()).contains(DocumentKind.QUYET_DINH);
		assertThat(DocumentNumber.parse("80/2015/QH13").orElseThrow().kind()).contains(DocumentKind.LUAT);
		assertThat(DocumentNumber.parse("6802/UBND-TTHC").orElseThrow().kind()).contains(DocumentKind.CONG_VAN);
		assertThat(DocumentNumber.parse("04-NQ/TU").orElseThrow().party()).isTrue();
	}

	@Test
	void spellingVariantsShareAKey() {
		assertThat(DocumentNumber.parse("673/QD-UBND").orElseThrow().key())
			.isEqualTo(DocumentNumber.parse("Số: 673/QĐ - UBND").orElseThrow().key())
			.isEqualTo(DocumentNumber.parse("673/qđ-ubnd").orElseThrow().key());
	}

	@Test
	void findsNumbersAcrossLineBreaksButNotDatesOrProse() {
		List<NumberMatch> found = DocumentNumber
			.findAll("Nghị quyết số 04-\n\nNQ/TU ngày 18/10/2021, tỷ lệ 1/2000, số 15/QĐ-UBND - Về việc, V/v");
		assertThat(found).extracting((m) -> m.number().canonical()).containsExactly("04-NQ/TU", "15/QĐ-UBND");
		assertThat(found.get(0).start()).isEqualTo("Nghị quyết số ".length());
	}

	@Test
	void rejectsNonNumbers() {
		assertThat(DocumentNumber.parse("ngày 16/12/2024")).isEmpty();
		assertThat(DocumentNumber.parse("")).isEmpty();
		assertThat(DocumentNumber.parse(null)).isEmpty();
	}

}
