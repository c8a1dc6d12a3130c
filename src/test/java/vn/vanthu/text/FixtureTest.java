package vn.vanthu.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data-driven: every fixture document is read and compared with the facts written by hand
 * in its {@code .expected.json}. Only the keys present in the expected file are compared.
 */
class FixtureTest {

	static List<Fixtures.Fixture> fixtures() {
		return Fixtures.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void readsTheExpectedFacts(Fixtures.Fixture fixture) {
		DocumentFacts facts = DocumentReader.read(fixture.text());
		JsonNode e = fixture.expected();
		scalar(e, "number", facts.number() == null ? null : facts.number().canonical());
		scalar(e, "draftSymbol", facts.draftSymbol() == null ? null : facts.draftSymbol().canonical());
		scalar(e, "kind", facts.kind() == null ? null : facts.kind().label());
		scalar(e, "issuer", facts.issuer());
		scalar(e, "issuerParent", facts.issuerParent());
		scalar(e, "issuedOn", facts.issuedOn() == null ? null : facts.issuedOn().toString());
		scalar(e, "place", facts.place());
		scalar(e, "subject", facts.subject());
		scalar(e, "draftRound", facts.draftRound() == null ? null : String.valueOf(facts.draftRound()));
		scalar(e, "urgency", facts.urgency() == null ? null : facts.urgency().label());
		scalar(e, "secrecy", facts.secrecy() == null ? null : facts.secrecy().label());
		if (e.has("kinhGui")) {
			assertThat(facts.kinhGui()).as("kinhGui").containsExactlyElementsOf(strings(e.get("kinhGui")));
		}
		if (e.has("signer")) {
			JsonNode s = e.get("signer");
			assertThat(facts.signer()).as("signer").isNotNull();
			scalar(s, "capacity", facts.signer().capacity());
			scalar(s, "onBehalfOf", facts.signer().onBehalfOf());
			scalar(s, "title", facts.signer().title());
			scalar(s, "name", facts.signer().name());
		}
		if (e.has("citations")) {
			Map<String, Citation> byNumber = new TreeMap<>();
			facts.citations().forEach((c) -> byNumber.putIfAbsent(c.number().canonical(), c));
			List<String> expectedNumbers = new ArrayList<>();
			for (JsonNode c : e.get("citations")) {
				String number = c.get("number").asText();
				expectedNumbers.add(number);
				Citation actual = byNumber.get(number);
				assertThat(actual).as("citation " + number).isNotNull();
				scalar(c, "date", actual.date() == null ? null : actual.date().toString());
				scalar(c, "kind", actual.kind() == null ? null : actual.kind().label());
				scalar(c, "issuer", actual.issuer());
			}
			assertThat(byNumber.keySet()).as("cited numbers").containsExactlyInAnyOrderElementsOf(expectedNumbers);
		}
		if (e.has("deadlines")) {
			assertThat(facts.deadlines().stream().map((d) -> d.label()).toList()).as("deadlines")
				.containsExactlyInAnyOrderElementsOf(strings(e.get("deadlines")));
		}
		if (e.has("assignments")) {
			for (JsonNode a : e.get("assignments")) {
				String assignee = a.get("assignee").asText();
				List<Assignment> matching = facts.assignments()
					.stream()
					.filter((x) -> x.assignee().equals(assignee))
					.filter((x) -> !a.has("deadline")
							|| String.valueOf(x.deadline()).equals(a.get("deadline").asText()))
					.filter((x) -> !a.has("recurrence")
							|| String.valueOf(x.recurrence()).equals(a.get("recurrence").asText()))
					.toList();
				assertThat(matching).as("assignment " + a + " in " + facts.assignments()).isNotEmpty();
			}
		}
	}

	private static void scalar(JsonNode expected, String key, String actual) {
		if (!expected.has(key)) {
			return;
		}
		JsonNode value = expected.get(key);
		assertThat(actual).as(key).isEqualTo(value.isNull() ? null : value.asText());
	}

	private static List<String> strings(JsonNode array) {
		List<String> result = new ArrayList<>();
		array.forEach((n) -> result.add(n.asText()));
		return result;
	}

}
