package vn.vanthu.drafting;

import java.io.ByteArrayInputStream;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.document.StoredFile;
import vn.vanthu.document.StoredFiles;
import vn.vanthu.drafting.process.RoundProcess;
import vn.vanthu.platform.Problem;

/**
 * Records recipients' answers. An answer is one row per request, written in a short
 * transaction with that row locked, so revisions overwrite safely and fifty people
 * answering in the same second never meet on a shared row; the recipient's engine task is
 * completed afterwards (see {@link RoundProcess#completeCommentTask}). A recipient
 * answers only for themselves, and only while the round is open and before its deadline.
 */
@Service
public class Answers {

	private final DraftingRepository repository;

	private final Rounds rounds;

	private final StoredFiles files;

	private final RoundProcess process;

	private final TransactionTemplate transaction;

	Answers(DraftingRepository repository, Rounds rounds, StoredFiles files, RoundProcess process,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.rounds = rounds;
		this.files = files;
		this.process = process;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Records (or revises) the user's answer in the round.
	 * @throws Problem 403 when the user was not asked, 409 when the round has closed
	 * (stating when), 400 when the answer is empty
	 */
	public CommentRequest answer(RoundId roundId, String user, Answer answer) {
		Round round = this.repository.roundOnly(roundId.value())
			.orElseThrow(() -> Problem.notFound("no-round", "Không có vòng góp ý số " + roundId + "."));
		String text = Text.clean(answer.text(), 20000, "Nội dung góp ý");
		if (!answer.agree() && text == null && answer.attachment() == null) {
			throw Problem.badRequest("empty-answer",
					"Vui lòng nhập nội dung góp ý hoặc chọn \"Thống nhất, không có ý kiến\".");
		}
		StoredFile attachment = (answer.attachment() != null)
				? this.files.store(new ByteArrayInputStream(answer.attachment().bytes())) : null;
		CommentRequest saved = this.transaction.execute((tx) -> {
			CommentRequest request = this.repository.lockRequest(roundId.value(), user)
				.orElseThrow(() -> Problem.forbidden("not-recipient",
						"Bạn không có tên trong danh sách được xin ý kiến của vòng góp ý này."));
			// the round is read after the request is locked: a concurrent close has
			// either
			// committed (and we see it) or waits for us
			Round current = this.repository.roundOnly(roundId.value()).orElseThrow();
			Instant now = Instant.now();
			if (current.status() != RoundStatus.OPEN || now.isAfter(current.deadline())) {
				throw Rounds.closedProblem(current);
			}
			RequestStatus status = answer.agree() ? RequestStatus.AGREED : RequestStatus.ANSWERED;
			this.repository.recordAnswer(request.id(), status, text, (attachment != null) ? attachment.sha256() : null,
					(attachment != null) ? Text.clean(answer.attachment().fileName(), 255, "Tên tệp") : null, now);
			this.repository.history(round.draftId().value(), roundId.value(), user,
					(request.answeredAt() == null) ? "ANSWERED" : "ANSWER_REVISED",
					answer.agree() ? "Thống nhất, không có ý kiến" : "Gửi ý kiến góp ý");
			return this.repository.lockRequest(roundId.value(), user).orElseThrow();
		});
		this.process.completeCommentTask(this.rounds.processOf(roundId.value()), user);
		return saved;
	}

	/** The user's own request in the round, if they were asked. */
	public CommentRequest requestOf(RoundId roundId, String user) {
		Round round = this.rounds.find(roundId);
		return round.requests()
			.stream()
			.filter((r) -> r.recipient().equals(user))
			.findFirst()
			.orElseThrow(() -> Problem.forbidden("not-recipient",
					"Bạn không có tên trong danh sách được xin ý kiến của vòng góp ý này."));
	}

	/** An answer's attachment, for those who may see the draft. */
	public byte[] attachment(RoundId roundId, long requestId, String user) {
		Round round = this.rounds.get(roundId, user);
		CommentRequest request = round.requests()
			.stream()
			.filter((r) -> r.id() == requestId && r.attachmentSha256() != null)
			.findFirst()
			.orElseThrow(() -> Problem.notFound("no-attachment", "Không có tệp đính kèm."));
		return this.files.read(request.attachmentSha256());
	}

}
