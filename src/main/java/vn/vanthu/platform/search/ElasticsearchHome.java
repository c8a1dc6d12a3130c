package vn.vanthu.platform.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.system.ApplicationHome;

/**
 * Finds the unpacked Elasticsearch distribution of the managed server wherever Vanthu was
 * started from. A relative {@code vanthu.search.managed.home} (the default,
 * {@code target/elasticsearch/elasticsearch-<version>}) is tried against the working
 * folder first (the source tree, tests), then as {@code elasticsearch/<name>} next to the
 * running jar and in the jar folder's parent: {@code target/vanthu.jar} and the
 * distribution's {@code vanthu.jar} both keep the server in an {@code elasticsearch}
 * folder beside them, and {@code target/classes} ({@code spring-boot:run}) beside
 * {@code target/elasticsearch}. An absolute setting is taken as it is.
 */
final class ElasticsearchHome {

	private ElasticsearchHome() {
	}

	/**
	 * The distribution folder: the first candidate holding an executable
	 * {@code bin/elasticsearch}, or the first candidate when none does (the caller
	 * reports it missing).
	 */
	static Path resolve(Path configured) {
		List<Path> candidates = candidates(configured, new ApplicationHome(ElasticsearchHome.class).getDir().toPath());
		return candidates.stream()
			.filter((home) -> Files.isExecutable(home.resolve("bin/elasticsearch")))
			.findFirst()
			.orElse(candidates.get(0));
	}

	/** Where a configured home may be, in the order tried. */
	static List<Path> candidates(Path configured, Path applicationDir) {
		List<Path> candidates = new ArrayList<>();
		candidates.add(configured.toAbsolutePath().normalize());
		if (!configured.isAbsolute() && configured.getFileName() != null) {
			Path name = Path.of("elasticsearch").resolve(configured.getFileName());
			Path dir = applicationDir.toAbsolutePath().normalize();
			candidates.add(dir.resolve(name));
			if (dir.getParent() != null) {
				candidates.add(dir.getParent().resolve(name));
			}
		}
		return candidates.stream().distinct().toList();
	}

}
