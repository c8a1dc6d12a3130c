package vn.vanthu.platform.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The few operating-system calls needed to run the managed Elasticsearch as a non-root
 * user.
 */
final class OsAccounts {

	private OsAccounts() {
	}

	static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/** Creates a system account without login shell when it does not exist yet. */
	static void ensureUser(String user) throws IOException {
		if (run(List.of("id", "-u", user)) != 0) {
			int code = run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user));
			if (code != 0 && run(List.of("id", "-u", user)) != 0) {
				throw new IOException("could not create the user '" + user + "' (useradd exit code " + code + ")");
			}
		}
	}

	static void chown(Path dir, String user) throws IOException {
		int code = run(List.of("chown", "-R", user + ":", dir.toString()));
		if (code != 0) {
			throw new IOException("could not give " + dir + " to " + user + " (chown exit code " + code + ")");
		}
	}

	/**
	 * Checks that the account can write the folder and read the distribution, which fails
	 * when a parent folder is private to root (e.g. a {@code mktemp -d} folder).
	 */
	static void checkAccess(String user, Path writable, Path readable) throws IOException {
		if (run(List.of("runuser", "-u", user, "--", "test", "-w", writable.toString())) != 0
				|| run(List.of("runuser", "-u", user, "--", "test", "-r", readable.toString())) != 0) {
			throw new IOException("the user '" + user + "' cannot reach " + writable + " or " + readable
					+ ": make their parent folders traversable (chmod o+x) or set vanthu.search.url");
		}
	}

	private static int run(List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return -1;
			}
			return process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

}
