package vn.vanthu.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.vanthu.ingest.WorkerProcess.Call;
import vn.vanthu.ingest.WorkerProcess.State;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipelined protocol with the worker, against a stand-in worker process (a shell loop
 * speaking the same protocol) so that hanging and dying on a given file are certain:
 * replies reach their callers in order, and the file queued behind one that hangs or
 * kills the worker is sent again, not failed.
 */
class WorkerProcessTest {

	private static final String SCRIPT = """
			while IFS= read -r line; do
			  path="${line%%$'\\t'*}"
			  case "$path" in
			    *hang*) sleep 600 ;;
			    *die*) exit 3 ;;
			    *) printf '{"ok":true,"text":"%s"}\\n' "${path##*/}" ;;
			  esac
			done
			""";

	private final WorkerProcess worker = new WorkerProcess(List.of("bash", "-c", SCRIPT));

	@AfterEach
	void stop() {
		this.worker.kill();
	}

	/** Sends {@code /tmp/NAME} under its own name. */
	private Call send(String name, Duration limit) throws Exception {
		return this.worker.send(Path.of("/tmp", name), name, limit);
	}

	@Test
	void pipelinedCallsAreAnsweredInOrder() throws Exception {
		Call first = send("a.txt", Duration.ofSeconds(10));
		Call second = send("b.txt", Duration.ofSeconds(10));

		assertThat(second.await()).isEqualTo(State.REPLIED);
		assertThat(first.await()).isEqualTo(State.REPLIED);
		assertThat(first.reply()).contains("\"a.txt\"");
		assertThat(second.reply()).contains("\"b.txt\"");
	}

	@Test
	void aFileThatHangsTimesOutAndTheFileBehindItIsSentAgain() throws Exception {
		Call hanging = send("hang.doc", Duration.ofMillis(300));
		Call queued = send("c.txt", Duration.ofSeconds(10));

		// the time limit runs out for the file being parsed only
		assertThat(hanging.await()).isEqualTo(State.PENDING);
		this.worker.enforce();
		assertThat(hanging.state()).isEqualTo(State.TIMED_OUT);
		assertThat(queued.await()).isEqualTo(State.RESEND);

		Call again = send("c.txt", Duration.ofSeconds(10));
		assertThat(again.await()).isEqualTo(State.REPLIED);
		assertThat(again.reply()).contains("\"c.txt\"");
	}

	@Test
	void aFileQueuedBehindAnAbandonedHangingFileIsNotLeftWaiting() throws Exception {
		// the hanging file's caller has gone (interrupted): nobody enforces its limit
		Call abandoned = send("hang.doc", Duration.ofMillis(200));
		Call queued = send("e.txt", Duration.ofMillis(400));

		// after waiting one time limit without being started, the queued caller checks
		assertThat(queued.await()).isEqualTo(State.PENDING);
		assertThat(queued.started()).isFalse();
		this.worker.enforce();
		assertThat(abandoned.state()).isEqualTo(State.TIMED_OUT);
		assertThat(queued.await()).isEqualTo(State.RESEND);
	}

	@Test
	void aWorkerThatDiesFailsItsFileOnlyAndIsReplaced() throws Exception {
		Call fatal = send("die.doc", Duration.ofSeconds(10));
		Call queued = send("d.txt", Duration.ofSeconds(10));

		assertThat(fatal.await()).isEqualTo(State.DIED);
		assertThat(queued.await()).isEqualTo(State.RESEND);

		Call again = send("d.txt", Duration.ofSeconds(10));
		assertThat(again.await()).isEqualTo(State.REPLIED);
	}

}
