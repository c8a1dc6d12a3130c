package vn.vanthu.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link ExtractionWorker} process, started lazily and replaced after any failure.
 * Requests are pipelined: up to {@link IsolatedExtractor#DEPTH} callers may have a file
 * in it at once, the worker reading the next request while its previous reply travels
 * back, so that it never waits for the server between two files. The worker parses them
 * one after the other; a file's time limit runs from the moment the worker starts on it.
 * When the worker is killed (time limit) or dies, the file it was parsing fails with the
 * reason and the files queued behind it are sent again to the next process.
 *
 * <p>
 * Recycling: a worker that exits with {@link ExtractionWorker#RECYCLE} after a reply (out
 * of memory), or whose resident size passes the limit after a reply, is replaced; the
 * files queued behind are sent again, none fails. The worker ends itself when its
 * standard input ends, so a server killed with -9 leaves no worker behind.
 */
final class WorkerProcess {

	/** How a call ended. */
	enum State {

		PENDING, REPLIED, TIMED_OUT, DIED, RESEND

	}

	/** One file sent to the worker, in the order of sending. */
	static final class Call {

		private final long timeoutNanos;

		private long startedAt = -1;

		private State state = State.PENDING;

		private String reply;

		Call(Duration timeout) {
			this.timeoutNanos = timeout.toNanos();
		}

		synchronized void start() {
			this.startedAt = System.nanoTime();
			notifyAll();
		}

		synchronized boolean finish(State state, String reply) {
			if (this.state != State.PENDING) {
				return false;
			}
			this.state = state;
			this.reply = reply;
			notifyAll();
			return true;
		}

		/**
		 * Waits until the call ends or, once the worker has started on it, its time limit
		 * passes; {@link State#PENDING} is returned then, and also after waiting one time
		 * limit for the worker to start on it (the caller checks that the file before it
		 * is not stuck: {@link WorkerProcess#enforce}).
		 */
		synchronized State await() throws InterruptedException {
			while (this.state == State.PENDING) {
				if (this.startedAt < 0) {
					TimeUnit.NANOSECONDS.timedWait(this, this.timeoutNanos);
					if (this.startedAt < 0) {
						return this.state;
					}
					continue;
				}
				long left = this.startedAt + this.timeoutNanos - System.nanoTime();
				if (left <= 0) {
					return State.PENDING;
				}
				TimeUnit.NANOSECONDS.timedWait(this, left);
			}
			return this.state;
		}

		synchronized boolean started() {
			return this.startedAt >= 0;
		}

		synchronized boolean expired() {
			return this.startedAt >= 0 && System.nanoTime() - this.startedAt >= this.timeoutNanos;
		}

		synchronized State state() {
			return this.state;
		}

		synchronized String reply() {
			return this.reply;
		}

	}

	private static final Logger log = LoggerFactory.getLogger(WorkerProcess.class);

	private final List<String> command;

	/** Resident bytes past which the worker is replaced after a reply; 0: no limit. */
	private final long maxResident;

	private int recycled;

	/** Calls sent to the current process and not answered yet, oldest first. */
	private final Deque<Call> calls = new ArrayDeque<>();

	private Process process;

	private Writer requests;

	WorkerProcess(List<String> command) {
		this(command, 0);
	}

	WorkerProcess(List<String> command, long maxResident) {
		this.command = List.copyOf(command);
		this.maxResident = maxResident;
	}

	/** The running worker's process id, or -1. */
	synchronized long pid() {
		return (this.process != null) ? this.process.pid() : -1;
	}

	/** Workers replaced after running out of memory or growing past the limit. */
	synchronized int recycled() {
		return this.recycled;
	}

	/**
	 * Sends the file to the worker (starting one if needed); the call is answered later.
	 */
	synchronized Call send(Path file, String name, Duration timeout) throws IOException {
		ensureStarted();
		Call call = new Call(timeout);
		this.calls.add(call);
		if (this.calls.size() == 1) {
			call.start();
		}
		try {
			this.requests.write(file.toAbsolutePath() + "\t" + name.replaceAll("[\\t\\r\\n]", " ") + "\n");
			this.requests.flush();
		}
		catch (IOException ex) {
			// the process is gone: whatever it was parsing died with it, the rest goes to
			// the next one, and so does this call if nothing was before it
			ended(this.process, this.calls.peek() == call ? State.RESEND : State.DIED);
		}
		return call;
	}

	/**
	 * Kills the worker if the file it is parsing has run past its time limit; that file
	 * fails, the ones queued behind it are to be sent again. Called by any caller whose
	 * wait ended without an answer: the one whose own limit passed, or one still queued
	 * behind a file whose caller stopped waiting (interrupted).
	 */
	synchronized void enforce() {
		Call head = this.calls.peek();
		if (head != null && head.expired()) {
			ended(this.process, State.TIMED_OUT);
		}
	}

	synchronized void kill() {
		ended(this.process, State.DIED);
	}

	private void ensureStarted() throws IOException {
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		ended(this.process, State.DIED);
		ProcessBuilder builder = new ProcessBuilder(this.command);
		builder.environment().put("OMP_THREAD_LIMIT", "1");
		builder.redirectError(ProcessBuilder.Redirect.DISCARD);
		Process started = builder.start();
		this.process = started;
		this.requests = new OutputStreamWriter(started.getOutputStream(), StandardCharsets.UTF_8);
		Thread replies = new Thread(() -> readReplies(started), "extraction-replies");
		replies.setDaemon(true);
		replies.start();
	}

	/** Hands each reply line of the process to the oldest call, in order. */
	private void readReplies(Process of) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(of.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				synchronized (this) {
					if (this.process != of) {
						return;
					}
					Call done = this.calls.poll();
					if (done != null) {
						done.finish(State.REPLIED, line);
					}
					Call next = this.calls.peek();
					if (next != null) {
						next.start();
					}
					long resident = ResidentMemory.of(of.pid());
					if (this.maxResident > 0 && resident > this.maxResident) {
						log.info("Extraction worker {} replaced: {} MB resident, limit {} MB", of.pid(), resident >> 20,
								this.maxResident >> 20);
						recycle(of);
						return;
					}
				}
			}
		}
		catch (IOException ex) {
			// the process was killed or died: handled below
		}
		synchronized (this) {
			if (of == this.process && exitCode(of) == ExtractionWorker.RECYCLE) {
				log.info("Extraction worker {} replaced after running out of memory", of.pid());
				recycle(of);
				return;
			}
			ended(of, State.DIED);
		}
	}

	/** Replaces the worker between two files: the queued ones are sent again. */
	private void recycle(Process of) {
		this.recycled++;
		ended(of, State.RESEND);
	}

	private static int exitCode(Process of) {
		try {
			return of.waitFor(5, TimeUnit.SECONDS) ? of.exitValue() : -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/**
	 * Kills the process if it is still the current one; the call it was parsing ends as
	 * given, the ones queued behind it are to be sent again.
	 */
	private void ended(Process of, State headState) {
		if (of == null || of != this.process) {
			return;
		}
		of.descendants().forEach(ProcessHandle::destroyForcibly);
		of.destroyForcibly();
		this.process = null;
		Call head = this.calls.poll();
		if (head != null) {
			head.finish(headState, null);
		}
		for (Call queued : this.calls) {
			queued.finish(State.RESEND, null);
		}
		this.calls.clear();
	}

}
