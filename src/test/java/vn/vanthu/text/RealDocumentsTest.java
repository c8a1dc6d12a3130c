package vn.vanthu.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real documents and excerpts of them (src/test/resources/text/real, each named after the
 * layout or form it shows), labelled by hand: own number, every citation, every deadline
 * ("YEARLY --12-10" for a recurring one). Each file is checked on its own, and the
 * labelled set as a whole must keep the quality goals.
 */
class RealDocumentsTest {

	static List<Fixtures.Fixture> real() {
		return Fixtures.real();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("real")
	void readsTheLabelledFacts(Fixtures.Fixture f) {
		DocumentFacts facts = DocumentReader.read(f.text());
		JsonNode e = f.expected();
		if (e.has("number")) {
			assertThat(facts.number()).as("own number").isNotNull();
			assertThat(facts.number().canonical()).as("own number").isEqualTo(e.get("number").asText());
			assertThat(facts.citations()).as("the own number is not its own citation")
				.noneMatch((c) -> c.number().key().equals(facts.number().key()));
		}
		if (e.has("citations")) {
			assertThat(citedNumbers(facts)).as("citations").isEqualTo(expected(e, "citations"));
		}
		if (e.has("deadlines")) {
			assertThat(facts.deadlines().stream().map(Deadline::label).toList()).as("deadlines")
				.isEqualTo(expectedList(e, "deadlines"));
		}
	}

	@Test
	void labelledSetMeetsTheGoals() {
		int[] cit = new int[3];
		int[] dl = new int[3];
		int citLabelled = 0;
		int dlLabelled = 0;
		for (Fixtures.Fixture f : Fixtures.real()) {
			DocumentFacts facts = DocumentReader.read(f.text());
			if (f.expected().has("citations")) {
				citLabelled++;
				count(cit, new ArrayList<>(citedNumbers(facts)), new ArrayList<>(expected(f.expected(), "citations")));
			}
			if (f.expected().has("deadlines")) {
				dlLabelled++;
				count(dl, facts.deadlines().stream().map(Deadline::label).toList(),
						expectedList(f.expected(), "deadlines"));
			}
		}
		System.out.printf(
				"real: citations in %d files tp=%d fp=%d fn=%d F1=%.3f; deadlines in %d files tp=%d fp=%d fn=%d F1=%.3f%n",
				citLabelled, cit[0], cit[1], cit[2], f1(cit), dlLabelled, dl[0], dl[1], dl[2], f1(dl));
		assertThat(f1(cit)).isGreaterThanOrEqualTo(0.97);
		assertThat(f1(dl)).isGreaterThanOrEqualTo(0.90);
	}

	private static Set<String> citedNumbers(DocumentFacts facts) {
		Set<String> actual = new HashSet<>();
		facts.citations().forEach((c) -> actual.add(c.number().canonical()));
		return actual;
	}

	private static Set<String> expected(JsonNode e, String field) {
		return new HashSet<>(expectedList(e, field));
	}

	private static List<String> expectedList(JsonNode e, String field) {
		List<String> out = new ArrayList<>();
		e.get(field).forEach((n) -> out.add(n.asText()));
		return out;
	}

	/** Adds true positives, false positives and false negatives (multiset match). */
	private static void count(int[] counts, List<String> actual, List<String> expected) {
		List<String> remaining = new ArrayList<>(expected);
		for (String a : actual) {
			if (remaining.remove(a)) {
				counts[0]++;
			}
			else {
				counts[1]++;
			}
		}
		counts[2] += remaining.size();
	}

	private static double f1(int[] c) {
		double p = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
		double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

}
