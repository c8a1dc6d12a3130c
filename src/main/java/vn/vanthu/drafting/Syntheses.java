package vn.vanthu.drafting;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;
import vn.vanthu.platform.Problem;

/**
 * The drafter's synthesis of a closed round: a disposition and explanation per comment,
 * and the "Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý" as DOCX.
 */
@Service
public class Syntheses {

	private final DraftingRepository repository;

	private final Rounds rounds;

	private final Drafts drafts;

	private final Directory directory;

	Syntheses(DraftingRepository repository, Rounds rounds, Drafts drafts, Directory directory) {
		this.repository = repository;
		this.rounds = rounds;
		this.drafts = drafts;
		this.directory = directory;
	}

	/** Records dispositions; drafter only, once the round has closed. */
	@Transactional
	public Round synthesise(RoundId id, String user, List<DispositionInput> items) {
		Round round = this.rounds.requireDrafterOf(id, user);
		if (round.status() == RoundStatus.OPEN) {
			throw Problem.conflict("round-open", "Vòng góp ý chưa kết thúc; chưa thể tổng hợp.");
		}
		Map<Long, CommentRequest> requests = round.requests()
			.stream()
			.collect(Collectors.toMap(CommentRequest::id, (r) -> r));
		for (DispositionInput item : (items != null) ? items : List.<DispositionInput>of()) {
			CommentRequest request = requests.get(item.requestId());
			if (request == null) {
				throw Problem.badRequest("unknown-request", "Ý kiến số " + item.requestId() + " không thuộc vòng này.");
			}
			if (request.status() == RequestStatus.NO_REPLY || request.status() == RequestStatus.PENDING) {
				throw Problem.badRequest("no-comment",
						"Người được xin ý kiến " + request.recipient() + " không có ý kiến để tiếp thu, giải trình.");
			}
			if (item.disposition() == null) {
				throw Problem.badRequest("disposition-required",
						"Vui lòng chọn tiếp thu, tiếp thu một phần, giải trình hoặc không tiếp thu.");
			}
			this.repository.setDisposition(request.id(), item.disposition(),
					Text.clean(item.explanation(), 4000, "Giải trình"));
		}
		this.repository.markSynthesised(id.value());
		this.repository.history(round.draftId().value(), id.value(), user, "SYNTHESISED",
				"Tổng hợp, tiếp thu, giải trình ý kiến góp ý vòng %02d".formatted(round.roundNo()));
		return this.repository.round(id.value()).orElseThrow();
	}

	/** The synthesis table as DOCX; for anyone who may see the draft. */
	public byte[] docx(RoundId id, String user) {
		Round round = this.rounds.get(id, user);
		Draft draft = this.drafts.find(round.draftId());
		List<SynthesisDocument.Row> rows = round.requests()
			.stream()
			.map((r) -> new SynthesisDocument.Row(who(r), comment(r),
					(r.disposition() != null) ? r.disposition().label() : "", r.explanation()))
			.toList();
		return SynthesisDocument.write(this.drafts.unitName(draft.issuerUnit()), draft, round, rows);
	}

	private String who(CommentRequest request) {
		Person person = this.directory.findPerson(Username.of(request.recipient())).orElse(null);
		String name = (person != null) ? person.fullName() : request.recipient();
		if (person != null && !person.memberships().isEmpty()) {
			var post = person.memberships().get(0);
			String unit = this.directory.findUnit(post.unit()).map((u) -> u.name()).orElse(post.unit().value());
			return name + " (" + post.position().label() + ", " + unit + ")";
		}
		return name;
	}

	private static String comment(CommentRequest request) {
		return switch (request.status()) {
			case ANSWERED -> (request.text() != null) ? request.text()
					: "(Ý kiến trong tệp đính kèm: " + request.attachmentName() + ")";
			case AGREED -> RequestStatus.AGREED.label();
			case NO_REPLY, PENDING -> RequestStatus.NO_REPLY.label();
		};
	}

	static UnitCode unit(String code) {
		return UnitCode.of(code);
	}

}
