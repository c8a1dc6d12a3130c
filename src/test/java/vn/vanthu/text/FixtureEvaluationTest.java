package vn.vanthu.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression guard over all fixtures: citation precision/recall/F1 on distinct cited
 * numbers per document, share of citation dates right, own number accuracy, deadline F1.
 */
class FixtureEvaluationTest {

	@Test
	void meetsTheQualityGoals() {
		int citTp = 0;
		int citFp = 0;
		int citFn = 0;
		int datesRight = 0;
		int datesExpected = 0;
		int dlTp = 0;
		int dlFp = 0;
		int dlFn = 0;
		int ownRight = 0;
		int ownExpected = 0;
		List<Fixtures.Fixture> fixtures = Fixtures.all();
		for (Fixtures.Fixture f : fixtures) {
			DocumentFacts facts = DocumentReader.read(f.text());
			JsonNode e = f.expected();
			if (e.has("number")) {
				ownExpected++;
				String actual = facts.number() == null ? null : facts.number().canonical();
				String expected = e.get("number").isNull() ? null : e.get("number").asText();
				ownRight += java.util.Objects.equals(actual, expected) ? 1 : 0;
			}
			if (e.has("citations")) {
				Set<String> expected = new HashSet<>();
				for (JsonNode c : e.get("citations")) {
					expected.add(c.get("number").asText());
					if (c.has("date")) {
						datesExpected++;
						String want = c.get("date").isNull() ? null : c.get("date").asText();
						boolean right = facts.citations()
							.stream()
							.filter((x) -> x.number().canonical().equals(c.get("number").asText()))
							.anyMatch((x) -> java.util.Objects.equals(want,
									x.date() == null ? null : x.date().toString()));
						datesRight += right ? 1 : 0;
					}
				}
				Set<String> actual = new HashSet<>();
				facts.citations().forEach((c) -> actual.add(c.number().canonical()));
				for (String a : actual) {
					if (expected.contains(a)) {
						citTp++;
					}
					else {
						citFp++;
					}
				}
				for (String x : expected) {
					citFn += actual.contains(x) ? 0 : 1;
				}
			}
			if (e.has("deadlines")) {
				List<String> expected = new java.util.ArrayList<>();
				e.get("deadlines").forEach((d) -> expected.add(d.asText()));
				List<String> remaining = new java.util.ArrayList<>(expected);
				for (Deadline d : facts.deadlines()) {
					if (remaining.remove(d.label())) {
						dlTp++;
					}
					else {
						dlFp++;
					}
				}
				dlFn += remaining.size();
			}
		}
		double citP = ratio(citTp, citTp + citFp);
		double citR = ratio(citTp, citTp + citFn);
		double citF1 = f1(citP, citR);
		double dlF1 = f1(ratio(dlTp, dlTp + dlFp), ratio(dlTp, dlTp + dlFn));
		double dateShare = ratio(datesRight, datesExpected);
		double ownShare = ratio(ownRight, ownExpected);
		System.out.printf("fixtures=%d citations P=%.3f R=%.3f F1=%.3f dates=%.3f own-number=%.3f deadline F1=%.3f%n",
				fixtures.size(), citP, citR, citF1, dateShare, ownShare, dlF1);
		assertThat(fixtures).hasSizeGreaterThanOrEqualTo(30);
		assertThat(citF1).isGreaterThanOrEqualTo(0.95);
		assertThat(dateShare).isGreaterThanOrEqualTo(0.95);
		assertThat(ownShare).isGreaterThanOrEqualTo(0.95);
		assertThat(dlF1).isGreaterThanOrEqualTo(0.85);
	}

	private static double ratio(int a, int b) {
		return b == 0 ? 1.0 : (double) a / b;
	}

	private static double f1(double p, double r) {
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

}
