package vn.vanthu.platform.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a child process tree to this JVM's life, since Java cannot ask the kernel to
 * signal children when their parent dies ({@code PR_SET_PDEATHSIG}): the command runs
 * under {@code lifeline.sh} in a process group of its own ({@code setsid}); the script
 * waits for its standard input, a pipe whose only write end this JVM holds, to reach its
 * end, which the kernel brings about when the JVM dies (kill -9 included), then ends the
 * command and, after a grace period, kills whatever is left of its group.
 */
final class Lifeline {

	private Lifeline() {
	}

	/**
	 * The command wrapped in the lifeline. Its process must be started with a piped
	 * standard input (the default) that stays open while the command should run.
	 * @param folder where to write the script
	 */
	static List<String> wrap(List<String> command, Path folder) {
		Path script = folder.resolve("lifeline.sh");
		try (InputStream in = Lifeline.class.getResourceAsStream("lifeline.sh")) {
			if (in == null) {
				throw new IOException("lifeline.sh is missing from the class path");
			}
			Files.createDirectories(folder);
			Files.write(script, in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + script + ": " + ex.getMessage(), ex);
		}
		List<String> wrapped = new ArrayList<>(List.of("setsid", "sh", script.toString()));
		wrapped.addAll(command);
		return wrapped;
	}

}
