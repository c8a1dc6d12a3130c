package vn.vanthu.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.vanthu.text.Assignment;
import vn.vanthu.text.Citation;
import vn.vanthu.text.Deadline;
import vn.vanthu.text.DocumentFacts;
import vn.vanthu.text.Signer;

/** Maps {@link DocumentFacts} to the JSON object of the {@code extract} command. */
final class FactsJson {

	private FactsJson() {
	}

	static ObjectNode toJson(ObjectMapper mapper, String file, DocumentFacts facts) {
		ObjectNode o = mapper.createObjectNode();
		o.put("file", file);
		o.put("number", facts.number() == null ? null : facts.number().canonical());
		o.put("draftSymbol", facts.draftSymbol() == null ? null : facts.draftSymbol().canonical());
		o.put("kind", facts.kind() == null ? null : facts.kind().label());
		o.put("issuer", facts.issuer());
		o.put("issuerParent", facts.issuerParent());
		o.put("issuedOn", facts.issuedOn() == null ? null : facts.issuedOn().toString());
		o.put("place", facts.place());
		o.put("subject", facts.subject());
		if (facts.draftRound() == null) {
			o.putNull("draftRound");
		}
		else {
			o.put("draftRound", facts.draftRound());
		}
		o.put("urgency", facts.urgency() == null ? null : facts.urgency().label());
		o.put("secrecy", facts.secrecy() == null ? null : facts.secrecy().label());
		ObjectNode recipients = o.putObject("recipients");
		ArrayNode kinhGui = recipients.putArray("kinhGui");
		facts.kinhGui().forEach(kinhGui::add);
		ArrayNode noiNhan = recipients.putArray("noiNhan");
		facts.noiNhan().forEach(noiNhan::add);
		Signer signer = facts.signer();
		if (signer == null) {
			o.putNull("signer");
		}
		else {
			ObjectNode s = o.putObject("signer");
			s.put("capacity", signer.capacity());
			s.put("onBehalfOf", signer.onBehalfOf());
			s.put("title", signer.title());
			s.put("name", signer.name());
		}
		ArrayNode citations = o.putArray("citations");
		for (Citation c : facts.citations()) {
			ObjectNode n = citations.addObject();
			n.put("kind", c.kind() == null ? null : c.kind().label());
			n.put("number", c.number().canonical());
			n.put("date", c.date() == null ? null : c.date().toString());
			n.put("issuer", c.issuer());
			n.put("start", c.start());
			n.put("end", c.end());
			n.put("text", c.text());
		}
		ArrayNode deadlines = o.putArray("deadlines");
		for (Deadline d : facts.deadlines()) {
			ObjectNode n = deadlines.addObject();
			if (d.isRecurring()) {
				n.put("date", d.recurring().isoDate());
				n.put("recurrence", d.recurring().frequency());
				if (d.recurring().dayOfWeek() != null) {
					n.put("dayOfWeek", d.recurring().dayOfWeek().name());
				}
			}
			else {
				n.put("date", d.date().toString());
			}
			n.put("text", d.text());
			n.put("start", d.start());
			n.put("end", d.end());
		}
		ArrayNode assignments = o.putArray("assignments");
		for (Assignment a : facts.assignments()) {
			ObjectNode n = assignments.addObject();
			n.put("assignee", a.assignee());
			n.put("task", a.task());
			n.put("deadline", a.deadline() == null ? null : a.deadline().toString());
			n.put("recurrence", a.recurrence() == null ? null : a.recurrence().name());
			n.put("start", a.start());
			n.put("end", a.end());
		}
		return o;
	}

}
