package vn.vanthu.drafting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Membership;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.Position;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.directory.Username;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty recipients answering in the same second: every answer recorded exactly once, no
 * error, and the round closes as all answered. Also writes the load figure to
 * {@code target/bench/drafting-answers.json} (meaningful on PostgreSQL:
 * {@code VANTHU_DB_URL=jdbc:postgresql://...}).
 */
@VanthuIntegrationTest
@Import(DraftingFixtures.class)
class DraftingConcurrencyTests {

	static final int RECIPIENTS = 50;

	static final int ROUNDS = 3;

	@Autowired
	DraftingFixtures f;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.vanthu.drafting.process.RoundProcess process;

	@Test
	void fiftyConcurrentAnswersAreAllRecordedOnceAndCloseTheRound() throws Exception {
		List<String> people = people();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		long conflictsBefore = this.process.conflictRetries();
		long totalNanos = 0;
		for (int n = 0; n < ROUNDS; n++) {
			Round round = this.f.open(this.f.draft("Kế hoạch " + System.nanoTime()), people, Duration.ofDays(5));
			ExecutorService pool = Executors.newFixedThreadPool(RECIPIENTS);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> answers = new ArrayList<>();
			for (String person : people) {
				answers.add(pool.submit(() -> {
					start.await();
					long t0 = System.nanoTime();
					this.f.answers.answer(round.id(), person, new Answer("Ý kiến của " + person, false, null));
					latencies.add(System.nanoTime() - t0);
					return null;
				}));
			}
			long t0 = System.nanoTime();
			start.countDown();
			for (Future<?> answer : answers) {
				answer.get(); // rethrows any error a recipient would have seen
			}
			totalNanos += System.nanoTime() - t0;
			pool.shutdown();

			Round recorded = this.f.round(round);
			assertThat(recorded.requests()).hasSize(RECIPIENTS)
				.allSatisfy((r) -> assertThat(r.status()).isEqualTo(RequestStatus.ANSWERED))
				.allSatisfy((r) -> assertThat(r.revisions()).isEqualTo(1));
			assertThat(this.jdbc.sql("select count(*) from draft_history where round_id = ? and action = 'ANSWERED'")
				.param(round.id().value())
				.query(Long.class)
				.single()).isEqualTo(RECIPIENTS);
			assertThat(this.f.management.createJobQuery().processInstanceId(this.f.pid(round)).messages().count())
				.as("every task completed, one join job each")
				.isEqualTo(RECIPIENTS);
			this.f.runAsyncJobs(round);
			assertThat(this.f.round(round).status()).isEqualTo(RoundStatus.CLOSED);
			assertThat(this.f.round(round).closeReason()).isEqualTo(CloseReason.ALL_ANSWERED);
		}
		write(latencies, totalNanos, this.process.conflictRetries() - conflictsBefore);
	}

	private List<String> people() {
		String prefix = "gy" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		List<String> people = new ArrayList<>();
		for (int i = 0; i < RECIPIENTS; i++) {
			Username user = Username.of(prefix + "-" + i);
			this.directory.savePerson(new Person(user, "Cán bộ " + i, null, false,
					List.of(new Membership(user, UnitCode.of("XA-BATIEU-MTTQ"), Position.CAN_BO))), "demo");
			people.add(user.value());
		}
		return people;
	}

	private void write(List<Long> latencies, long totalNanos, long conflictRetries) throws Exception {
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		double p50 = sorted.get(sorted.size() / 2) / 1e6;
		double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
		double max = sorted.get(sorted.size() - 1) / 1e6;
		double perSecond = sorted.size() / (totalNanos / 1e9);
		String db = this.jdbc.sql("select 1").query(Integer.class).single() == 1
				? String.valueOf(System.getenv().getOrDefault("VANTHU_DB_URL", "h2:mem")) : "?";
		String json = String.format(Locale.ROOT, """
				{"database": "%s", "rounds": %d, "recipientsPerRound": %d, "answers": %d,
				 "answersPerSecond": %.1f, "p50Millis": %.1f, "p95Millis": %.1f, "maxMillis": %.1f,
				 "taskCompletionRetries": %d, "threads": %d}
				""", db.replaceAll("password=[^&;]*", ""), ROUNDS, RECIPIENTS, sorted.size(), perSecond, p50, p95, max,
				conflictRetries, RECIPIENTS);
		Path out = Path.of("target/bench/drafting-answers.json");
		Files.createDirectories(out.getParent());
		Files.writeString(out, json);
		System.out.println("drafting-answers: " + json);
		assertThat(sorted).hasSize(ROUNDS * RECIPIENTS);
	}

}
