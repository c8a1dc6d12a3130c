package vn.vanthu.drafting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

import org.springframework.stereotype.Component;

import vn.vanthu.drafting.process.DraftingRoundProcess;

/**
 * Test plumbing for drafting: drafts with a small file, and explicit job execution (the
 * job executor is off in tests).
 */
@Component
class DraftingFixtures {

	final Drafts drafts;

	final Rounds rounds;

	final Answers answers;

	final ManagementService management;

	private final DraftingRepository repository;

	DraftingFixtures(Drafts drafts, Rounds rounds, Answers answers, ManagementService management,
			DraftingRepository repository) {
		this.drafts = drafts;
		this.rounds = rounds;
		this.answers = answers;
		this.management = management;
		this.repository = repository;
	}

	Draft draft(String subject) {
		byte[] bytes = ("DỰ THẢO LẦN 01\n" + subject + "\n" + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		return this.drafts.create("chuyenvien", subject, "KH", null, "du-thao-lan-01.pdf",
				new ByteArrayInputStream(bytes));
	}

	Round open(Draft draft, List<String> recipients, Duration in) {
		return this.rounds.open(draft.id(), "chuyenvien",
				new OpenRound(recipients, Instant.now().plus(in), "P1D", "Đề nghị góp ý."));
	}

	Round round(Round round) {
		return this.repository.round(round.id().value()).orElseThrow();
	}

	String pid(Round round) {
		return this.repository.processInstance(round.id().value()).orElseThrow();
	}

	/** Runs the round's due non-timer jobs (the async joins after answers). */
	int runAsyncJobs(Round round) {
		int n = 0;
		for (int pass = 0; pass < 10; pass++) {
			List<Job> jobs = this.management.createJobQuery().processInstanceId(pid(round)).messages().list();
			if (jobs.isEmpty()) {
				break;
			}
			for (Job job : jobs) {
				this.management.executeJob(job.getId());
				n++;
			}
		}
		return n;
	}

	Job timer(Round round, String activityId) {
		return this.management.createJobQuery()
			.processInstanceId(pid(round))
			.timers()
			.activityId(activityId)
			.singleResult();
	}

	void fireDeadline(Round round) {
		this.management.executeJob(timer(round, DraftingRoundProcess.TIMER_DEADLINE).getId());
	}

	CommentRequest request(Round round, String recipient) {
		return round(round).requests()
			.stream()
			.filter((r) -> r.recipient().equals(recipient))
			.findFirst()
			.orElseThrow();
	}

}
