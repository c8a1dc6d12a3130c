package vn.vanthu.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.ingest.IsolatedExtractor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVMs started beside the server (the extraction worker, the managed Elasticsearch)
 * compile in the background: their JIT compiler threads run at nice 10, their other
 * threads at the server's own priority. Read from {@code /proc} (Linux, as in CI and
 * production).
 */
@VanthuIntegrationTest
class HelperJvmsTests {

	@Autowired
	IsolatedExtractor extractor;

	@Test
	void helperJvmsCompileAtALowerPriorityThanTheyWork(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("cong-van.txt");
		Files.writeString(file, "Công văn số 12/UBND-VP về việc tổng hợp báo cáo.", StandardCharsets.UTF_8);
		// the worker is running once it has answered
		assertThat(this.extractor.extract(file, "cong-van.txt").ok()).isTrue();
		int own = nice(Path.of("/proc/self/stat"));
		for (String main : List.of("ExtractionWorker", "org.elasticsearch.server")) {
			ProcessHandle helper = ProcessHandle.current()
				.descendants()
				.filter((p) -> commandLine(p.pid()).contains(main))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no running " + main));
			Map<String, Integer> niceByThread = threads(helper.pid());
			assertThat(niceByThread).as(main).containsKey("C2 CompilerThre");
			niceByThread.forEach((name, nice) -> {
				if (name.contains("CompilerThre")) {
					assertThat(nice).as(main + " " + name).isEqualTo(10);
				}
			});
			assertThat(niceByThread.get("java")).as(main + " main thread").isEqualTo(own);
		}
	}

	/** Each thread's name and nice value (the highest, when names repeat). */
	private static Map<String, Integer> threads(long pid) throws IOException {
		Map<String, Integer> m = new HashMap<>();
		try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
			for (Path task : tasks.toList()) {
				try {
					String name = Files.readString(task.resolve("comm")).trim();
					m.merge(name, nice(task.resolve("stat")), Math::max);
				}
				catch (IOException ex) {
					// the thread ended meanwhile
				}
			}
		}
		return m;
	}

	/**
	 * Read from {@code /proc}: the JDK's own view can be cut short on long class paths.
	 */
	private static String commandLine(long pid) {
		try {
			return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static int nice(Path stat) throws IOException {
		String s = Files.readString(stat);
		// fields after the name in parentheses start at field 3; nice is field 19
		return Integer.parseInt(s.substring(s.lastIndexOf(')') + 2).split(" ")[16]);
	}

}
